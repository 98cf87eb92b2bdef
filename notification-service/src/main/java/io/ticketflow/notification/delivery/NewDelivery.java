package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification to send, as the consumer decides it.
 *
 * @param triggeringEventId the {@code ticketflow-event-id} of the event that caused it (with channel and recipient,
 *                          the delivery's identity: a redelivered event records nothing new)
 * @param recipient         who gets it, as a reference ({@code requester:<ticket id>}, {@code agent:a-17},
 *                          {@code webhook:<subscription id>}), never an address: the channel resolves the address
 *                          when it sends, so the log holds no contact data
 * @param ticketId          the ticket it is about; null for none
 * @param kind              what it says, e.g. {@code ticket-opened} (the template or event type)
 * @param data              what the channel needs to send it besides the recipient (template variables, the event
 *                          to post); stored as JSON, may hold personal data (never logged)
 * @param occurredAt        when the triggering event happened
 */
public record NewDelivery(UUID triggeringEventId, NotificationChannel channel, String recipient, UUID ticketId,
        String kind, Map<String, Object> data, Instant occurredAt) {

    public NewDelivery {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    @Override
    public String toString() {
        return "NewDelivery[event=" + triggeringEventId + ", channel=" + channel + ", recipient=" + recipient
                + ", kind=" + kind + "]";
    }
}
