package io.ticketflow.ticket.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.intake.TicketSubmission;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.Inbox;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.messaging.InvalidEnvelopeException;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.OpenTicketCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.config.AxonStorageConfig;
import io.ticketflow.ticket.config.TicketflowProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns {@code TicketSubmission}s from {@code ticketflow.intake} into tickets (consumer group and inbox
 * name {@value #NAME}).
 *
 * <p><b>One ticket per external reference.</b> The ticket id is a name-based UUID over tenant, source system
 * and external reference ({@link #ticketIdOf}), like the REST {@code Idempotency-Key}. No
 * {@code intake_reference} table: the event store already knows whether that stream exists. Inside the
 * submission's transaction we ask it ({@code lastSequenceNumberFor}); no stream means open the ticket, a
 * stream means add the description as a public reply by the requester. Two submissions with one reference
 * racing on different partitions both see no stream, but the store's unique (aggregate, sequence) lets only
 * one {@code TicketOpened} in; the loser's transaction rolls back ({@code AggregateStreamCreationException})
 * and its retry finds the stream and adds a message. A table would be one more thing to keep in step with
 * the store, and could not be more right than the store itself.
 *
 * <p><b>Each submission once.</b> Its {@code submissionId} is claimed in the {@link Inbox} in the same
 * transaction as the command (Axon joins it), so a redelivery does nothing. A submission without an external
 * reference opens a ticket of its own, with an id derived from its submission id.
 *
 * <p><b>Checked first against the published schema</b> ({@code TicketSubmission.schema.json} in ticket-api,
 * read once): a value that is not JSON or breaks the schema (a missing required field, an unknown enum value,
 * a property the schema does not define) is dead-lettered with every violation, by path, in the reason.
 *
 * <p><b>Opened by the verified system.</b> The record carries its sender's access token
 * ({@code ticketflow-authorization}); {@link IntakeIdentity} checks it and names the opener,
 * {@code SYSTEM <client id>}. {@code sourceSystem} stays what it always was, a description the sender chooses (and
 * part of the ticket's identity), which the organisation may bind to clients ({@code ticketflow.intake.sources}).
 * A later submission with the same reference is still the requester's reply ({@code CUSTOMER intake:<source>}):
 * the person speaks, the system only carries the words, and the reply's event has no field for a relay. Which system
 * carried it is kept in the metadata of the stored events ({@code ticketflow.relayedBy}), where an audit can find it
 * without a new revision of the public {@code MessageAdded}, and which the published events carry as the header
 * {@code ticketflow-relayed-by}. Only the system that opened the ticket, or a client bound to its source, may carry
 * such a reply ({@link IntakeIdentity#checkReply}).
 *
 * <p><b>Refused submissions</b> (invalid ones, those without a valid system token, replies carried by the wrong
 * system, and those the ticket's rules refuse, e.g. a blank subject) are
 * dead-lettered with the reason, without retries: they are thrown as kafka-messaging's non-retryable
 * {@link InvalidEnvelopeException}, and the partition moves on to the next record. One transaction per
 * submission, for now (see {@link TicketCommandConsumer}).
 */
@Component
class IntakeConsumer {

    static final String NAME = "ticket-service.intake";
    private static final int ATTEMPTS = 3;

    /** The contract's JSON mapping, for reading a submission once its JSON has passed the schema. */
    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final MessageSchema schema = MessageSchema.of(TicketSubmission.class);
    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final CommandGateway gateway;
    private final EventStore events;
    private final String defaultTenant;
    private final IntakeIdentity identity;
    private final TraceParents traces;

    IntakeConsumer(Inbox inbox, PlatformTransactionManager transactionManager, CommandGateway gateway,
            EventStore events, TicketflowProperties properties, IntakeIdentity identity, TraceParents traces) {
        this.identity = identity;
        this.inbox = inbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.gateway = gateway;
        this.events = events;
        this.defaultTenant = properties.tenant();
        this.traces = traces;
    }

    /** The ticket a submission belongs to: the same (tenant, source system, external reference), the same ticket. */
    static UUID ticketIdOf(String tenant, TicketSubmission submission) {
        String name = submission.externalReference() == null
                ? tenant + "\nintake-submission\n" + submission.submissionId()
                : tenant + "\nintake-reference\n" + submission.sourceSystem() + "\n" + submission.externalReference();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    // Raw bytes instead of the contract's deserializer: the schema judges the JSON as it was sent, before a
    // record is made of it (which would drop unknown fields and turn missing ones into nulls).
    @KafkaListener(id = "ticket-intake", groupId = NAME, autoStartup = TicketCommandConsumer.CONSUMERS_AUTO_STARTUP,
            topics = Topics.INTAKE, properties = ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS
                    + "=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        ConsumedRecords.eachRecord(records, traces, this::handle);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset() + ": ";
        JsonNode json = validJson(record, where);
        Envelope<Object> envelope = EnvelopeRecords.toEnvelope(record);
        if (!schema.name().equals(envelope.type())) {
            throw new InvalidEnvelopeException(where + envelope.type() + " is not a " + schema.name());
        }
        TicketSubmission submission = read(json, where);
        if (submission.sourceSystem().isBlank()) {
            throw new InvalidEnvelopeException(where + "a submission needs a sourceSystem");
        }
        Actor relay = identity.opener(record.headers(), record.timestamp(), record.timestampType(),
                submission.sourceSystem(), where);
        String tenant = envelope.tenant() != null ? envelope.tenant() : defaultTenant;
        MetaData metaData = ConsumedRecords.metaData(record, envelope, submission.submissionId().toString(), defaultTenant)
                .and(AxonStorageConfig.RELAYED_BY, relay.kind() + ":" + relay.id());
        UUID ticketId = ticketIdOf(tenant, submission);
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (!inbox.claim(NAME, List.of(submission.submissionId())).isEmpty()) {
                        gateway.sendAndWait(GenericCommandMessage
                                .asCommandMessage(command(ticketId, submission, relay, where))
                                .andMetaData(metaData));
                    }
                });
                return;
            } catch (AggregateStreamCreationException | ConcurrencyException raced) {
                // another submission with this reference opened (or changed) the ticket first: look again
                if (attempt == ATTEMPTS) {
                    throw raced; // retried with back-off by the error handler
                }
            } catch (TicketRuleViolation refused) {
                throw new InvalidEnvelopeException(where + "submission " + submission.submissionId() + " refused: "
                        + (refused.field() == null ? "" : refused.field() + ": ") + refused.getMessage(), refused);
            }
        }
    }

    /**
     * Who opened the ticket, from its first event alone: the stream is read lazily, so this costs one query for
     * the stream's first batch, however long it is, and no aggregate is loaded.
     */
    private Optional<Actor> openedBy(UUID ticketId) {
        DomainEventStream stream = events.readEvents(ticketId.toString(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof TicketOpened opened
                ? Optional.of(opened.openedBy())
                : Optional.empty();
    }

    /** The value as JSON that satisfies TicketSubmission's schema; otherwise dead-lettered with every violation. */
    private JsonNode validJson(ConsumerRecord<String, byte[]> record, String where) {
        if (record.value() == null) {
            throw new InvalidEnvelopeException(where + "no value");
        }
        JsonNode json;
        try {
            json = JSON.readTree(record.value());
        } catch (IOException notJson) {
            throw new InvalidEnvelopeException(where + "the value is not JSON", notJson);
        }
        List<String> violations = schema.violations(json);
        if (!violations.isEmpty()) {
            throw new InvalidEnvelopeException(where + "does not match the " + schema.name() + " schema: "
                    + String.join("; ", violations));
        }
        return json;
    }

    private static TicketSubmission read(JsonNode json, String where) {
        try {
            return JSON.treeToValue(json, TicketSubmission.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InvalidEnvelopeException(where + "unreadable TicketSubmission", unreadable);
        }
    }

    private Object command(UUID ticketId, TicketSubmission submission, Actor relay, String where) {
        // The requester is any CUSTOMER (see ActorRules) and writes the reply; this id names the source they came
        // through, the verified relay is in the events' metadata
        Actor requester = Actor.customer("intake:" + submission.sourceSystem());
        if (events.lastSequenceNumberFor(ticketId.toString()).isPresent()) {
            openedBy(ticketId).ifPresent(opener ->
                    identity.checkReply(opener, relay, submission.sourceSystem(), where));
            // the submission id is the message id: the same submission can never add two messages
            return new AddTicketMessageCommand(ticketId, submission.submissionId(), MessageVisibility.PUBLIC_REPLY,
                    submission.description(), List.of(), requester);
        }
        return new OpenTicketCommand(ticketId, submission.subject(), submission.description(), submission.requester(),
                submission.type(), submission.priority(), submission.channel(), submission.tags(),
                submission.customFields(), relay);
    }
}
