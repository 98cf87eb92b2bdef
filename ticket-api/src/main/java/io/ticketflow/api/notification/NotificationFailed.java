package io.ticketflow.api.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification could not be delivered after its retries; operators see it in the delivery log.
 *
 * @param notificationId     derived from the triggering event and recipient
 * @param ticketId           the ticket it is about, also the record key
 * @param channel            how delivery was tried
 * @param recipientReference who should have received it, as a reference, never an address
 * @param kind               the template that was used
 * @param triggeringEventId  the {@code ticketflow-event-id} of the event that caused it
 * @param reason             why it failed, e.g. {@code SMTP 550 mailbox unavailable} (no addresses in here)
 * @param attempts           how many deliveries were tried
 * @param failedAt           when the last attempt failed
 */
public record NotificationFailed(
        UUID notificationId,
        UUID ticketId,
        NotificationChannel channel,
        String recipientReference,
        String kind,
        UUID triggeringEventId,
        String reason,
        int attempts,
        Instant failedAt) {
}
