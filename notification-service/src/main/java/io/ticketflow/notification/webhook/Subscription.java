package io.ticketflow.notification.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as stored.
 *
 * @param eventTypes logical event names; empty for every event of ticket-events and sla-events
 * @param secret     signs every delivery; never shown after creation, never logged
 * @param lastFailure the last failed attempt's status code or error (never an address)
 */
record Subscription(UUID id, URI targetUrl, List<String> eventTypes, String secret, String description,
        Health health, Instant unhealthySince, Instant lastFailureAt, String lastFailure, Instant createdAt,
        Instant updatedAt) {

    /** The recipient reference of this subscription's deliveries in the delivery log. */
    static final String RECIPIENT_PREFIX = "webhook:";

    enum Health {
        HEALTHY, UNHEALTHY
    }

    String recipient() {
        return RECIPIENT_PREFIX + id;
    }

    boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    @Override
    public String toString() {
        // the URL may carry the receiver's token and the secret signs deliveries: neither belongs in a log line
        return "Subscription[" + id + ", eventTypes=" + eventTypes + ", health=" + health + "]";
    }
}
