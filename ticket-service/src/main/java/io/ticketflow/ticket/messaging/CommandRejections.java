package io.ticketflow.ticket.messaging;

import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.command.TicketCommandRejected;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes {@link TicketCommandRejected} on {@code ticketflow.ticket-command-results} and waits for the
 * broker's acknowledgement, so the command is only marked as handled once its answer is on the topic.
 */
@Component
class CommandRejections {

    private static final MessageType REJECTED = MessageCatalog.of(TicketCommandRejected.class);

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    CommandRejections(KafkaTemplate<String, Object> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    void publish(TicketCommand command, String reason, String field, String correlationId, String tenant) {
        Instant now = clock.instant();
        var rejected = new TicketCommandRejected(command.commandId(), command.ticketId(),
                MessageCatalog.of(command.getClass()).name(), reason, field, now);
        // The event id is derived from the command id: if we crash after publishing but before recording the
        // claim, the redelivered command publishes the rejection again with the same id, and readers drop it.
        UUID eventId = UUID.nameUUIDFromBytes(("rejected\n" + command.commandId()).getBytes(StandardCharsets.UTF_8));
        var envelope = new Envelope<>(eventId, REJECTED.name(), REJECTED.revision(), now, correlationId, tenant,
                command.ticketId().toString(), rejected);
        try {
            kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_COMMAND_RESULTS, envelope)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a command rejection", e);
        } catch (ExecutionException | TimeoutException e) {
            // retried by the listener's error handler: the command is not claimed yet
            throw new IllegalStateException("could not publish the rejection of command " + command.commandId(), e);
        }
    }
}
