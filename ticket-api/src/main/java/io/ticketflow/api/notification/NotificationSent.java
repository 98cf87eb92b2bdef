package io.ticketflow.api.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification was handed over for delivery (accepted by the mail server, or answered 2xx by the webhook).
 *
 * @param notificationId     derived from the triggering event and recipient, so a redelivered event is sent once
 * @param ticketId           the ticket it is about, also the record key
 * @param channel            how it was delivered
 * @param recipientReference who received it, as a reference such as {@code agent:a-17}, never an address
 * @param kind               the template that was used, e.g. {@code ticket-acknowledgement}
 * @param triggeringEventId  the {@code ticketflow-event-id} of the event that caused it
 * @param sentAt             when delivery succeeded
 */
public record NotificationSent(
        UUID notificationId,
        UUID ticketId,
        NotificationChannel channel,
        String recipientReference,
        String kind,
        UUID triggeringEventId,
        Instant sentAt) {
}
