package io.ticketflow.api.wire;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message with its metadata, as it travels on Kafka: the payload is the record value, the rest are
 * headers (see {@link WireHeaders}); the key is the ticket id (agent id on agent events).
 */
public record Envelope<T>(
        UUID eventId,
        String type,
        int revision,
        Instant occurredAt,
        String correlationId,
        String tenant,
        String key,
        T payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
