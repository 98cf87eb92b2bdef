package io.ticketflow.messaging.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event waiting in the outbox, as stored.
 *
 * @param payload the message's JSON as written (may hold personal data: never log it)
 * @param headers the optional envelope headers (correlation id, tenant) by wire name
 */
record OutboxRow(long id, String topic, String key, String eventType, int revision, UUID eventId,
        String payload, Map<String, String> headers, Instant occurredAt) {

    @Override
    public String toString() {
        return "OutboxRow[id=" + id + ", topic=" + topic + ", eventType=" + eventType + ", eventId=" + eventId + "]";
    }
}
