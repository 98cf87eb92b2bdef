package io.ticketflow.ticket.messaging;

import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.Inbox;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.messaging.InvalidEnvelopeException;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.config.TicketflowProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies the commands of {@code ticketflow.ticket-commands} (consumer group and inbox name
 * {@value #NAME}), each command id exactly once.
 *
 * <p>Per command, one Spring transaction first claims the command id in the {@link Inbox} and then sends
 * the command through Axon; Axon's {@code SpringTransactionManager} joins that transaction, so the claim and
 * the ticket's new events commit together or not at all. A command already claimed is skipped.
 *
 * <p>A refusal by the ticket's rules, an unknown ticket, or a write conflict that outlasts a few retries is
 * a business answer, not a failure: it is published as {@code TicketCommandRejected} on
 * {@code ticketflow.ticket-command-results} (the send is awaited) and the claim is then recorded in a
 * transaction of its own, so a redelivery neither applies nor rejects it again. A record that cannot be read
 * or is not a valid command is dead-lettered by kafka-messaging's error handler, without retries.
 *
 * <p>One transaction (and one commit) per command, for now: commands are far rarer than events, and a
 * batch would let one refused command roll back its neighbours. Batching commands is a later performance
 * issue.
 */
@Component
class TicketCommandConsumer {

    static final String NAME = "ticket-service";
    /**
     * {@code ticketflow.consumers.auto-startup} (default true). Integration tests share one broker while
     * Spring keeps earlier test classes' contexts alive; only the class that tests the consumers starts them,
     * so no other context (with another database) takes its records.
     */
    static final String CONSUMERS_AUTO_STARTUP = "${ticketflow.consumers.auto-startup:true}";
    private static final Logger LOG = LoggerFactory.getLogger(TicketCommandConsumer.class);
    /** Attempts of one command when a concurrent write to the same ticket wins the race. */
    private static final int ATTEMPTS = 3;

    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final CommandGateway gateway;
    private final CommandRejections rejections;
    private final WireAttachments attachments;
    private final String defaultTenant;
    private final TraceParents traces;

    TicketCommandConsumer(Inbox inbox, PlatformTransactionManager transactionManager, CommandGateway gateway,
            CommandRejections rejections, WireAttachments attachments, TicketflowProperties properties,
            TraceParents traces) {
        this.inbox = inbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.gateway = gateway;
        this.rejections = rejections;
        this.attachments = attachments;
        this.defaultTenant = properties.tenant();
        this.traces = traces;
    }

    // Several consumers, each with its own partitions: a command is one transaction and one aggregate load
    // and append, so one thread applies at most a few hundred a second; commands of one ticket still share a
    // partition (key = ticket id), so they keep their order.
    @KafkaListener(id = "ticket-commands", groupId = NAME, autoStartup = CONSUMERS_AUTO_STARTUP,
            topics = Topics.TICKET_COMMANDS, concurrency = "${ticketflow.consumers.command-concurrency:3}")
    void onBatch(List<ConsumerRecord<String, Object>> records) {
        if (records.size() > 1 && appliedTogether(records)) {
            return;
        }
        ConsumedRecords.eachRecord(records, traces, this::handle);
    }

    /**
     * The common case first: every command of the batch is readable and applies, so the whole batch is one
     * transaction, claiming every command id and appending every event, with one commit instead of one per
     * command. Anything else (an unreadable record, a refusal, a conflict) rolls all of it back, and the
     * batch is handled one command at a time, which answers each command on its own.
     */
    private boolean appliedTogether(List<ConsumerRecord<String, Object>> records) {
        try {
            transactions.executeWithoutResult(status -> {
                Map<UUID, ConsumerRecord<String, Object>> byCommandId = new LinkedHashMap<>();
                for (ConsumerRecord<String, Object> record : records) {
                    byCommandId.putIfAbsent(validCommand(record, EnvelopeRecords.toEnvelope(record)).commandId(),
                            record);
                }
                Set<UUID> fresh = inbox.claim(NAME, byCommandId.keySet());
                byCommandId.forEach((commandId, record) -> {
                    if (fresh.contains(commandId)) {
                        gateway.sendAndWait(message(record));
                    }
                });
            });
            return true;
        } catch (RuntimeException anyFailure) {
            return false;
        }
    }

    private void handle(ConsumerRecord<String, Object> record) {
        Envelope<Object> envelope = EnvelopeRecords.toEnvelope(record);
        TicketCommand command = validCommand(record, envelope);
        String correlationId = envelope.correlationId() != null ? envelope.correlationId() : command.commandId().toString();
        String tenant = envelope.tenant() != null ? envelope.tenant() : defaultTenant;
        try {
            // built after the command id is claimed: a command applied before is skipped, never re-examined
            // (an attachment erased since must not turn it into a rejection)
            apply(command.commandId(), () -> message(record));
        } catch (TicketRuleViolation refused) {
            reject(command, refused.getMessage(), refused.field(), correlationId, tenant);
        } catch (AggregateNotFoundException unknown) {
            reject(command, "there is no ticket " + command.ticketId(), "ticketId", correlationId, tenant);
        } catch (ConcurrencyException conflict) {
            reject(command, "the ticket kept changing while the command was applied; send it again with a new "
                    + "commandId if it still applies", null, correlationId, tenant);
        }
    }

    /** The command as Axon takes it, with the record's correlation id and tenant as metadata. */
    private Object message(ConsumerRecord<String, Object> record) {
        Envelope<Object> envelope = EnvelopeRecords.toEnvelope(record);
        TicketCommand command = (TicketCommand) envelope.payload();
        return GenericCommandMessage.asCommandMessage(attachments.resolve(WireCommands.toInternal(command)))
                .andMetaData(ConsumedRecords.metaData(record, envelope, command.commandId().toString(), defaultTenant));
    }

    private void apply(UUID commandId, Supplier<Object> message) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (!inbox.claim(NAME, List.of(commandId)).isEmpty()) {
                        gateway.sendAndWait(message.get());
                    }
                });
                return;
            } catch (ConcurrencyException conflict) {
                // another write to this ticket won the sequence number; loading it again sees that write
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private void reject(TicketCommand command, String reason, String field, String correlationId, String tenant) {
        LOG.info("command {} ({}) on ticket {} rejected", command.commandId(), command.getClass().getSimpleName(),
                command.ticketId());
        rejections.publish(command, reason, field, correlationId, tenant);
        transactions.executeWithoutResult(status -> inbox.claim(NAME, List.of(command.commandId())));
    }

    /** The fields every command needs before anything can be done with it; otherwise dead-lettered, not retried. */
    private static TicketCommand validCommand(ConsumerRecord<String, Object> record, Envelope<Object> envelope) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset() + ": ";
        if (!(envelope.payload() instanceof TicketCommand command)) {
            throw new InvalidEnvelopeException(where + envelope.type() + " is not a ticket command");
        }
        if (command.commandId() == null || command.ticketId() == null || command.issuedBy() == null
                || command.issuedBy().kind() == null) {
            throw new InvalidEnvelopeException(where + envelope.type() + " needs commandId, ticketId and issuedBy");
        }
        if (!command.commandId().equals(envelope.eventId())) {
            throw new InvalidEnvelopeException(where + "header ticketflow-event-id must be the commandId");
        }
        if (record.key() != null && !record.key().equals(command.ticketId().toString())) {
            throw new InvalidEnvelopeException(where + "the record key must be the ticketId");
        }
        return command;
    }
}
