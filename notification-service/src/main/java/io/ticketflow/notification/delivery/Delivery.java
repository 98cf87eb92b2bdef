package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One notification in the delivery log, as a channel gets it to send.
 *
 * @param notificationId derived from (triggering event, channel, recipient): the same on every redelivery
 * @param attempts       attempts made before this one
 * @param data           the channel's inputs (see {@link NewDelivery#data()}); may hold personal data
 * @param leaseId        the claim this copy belongs to: outcomes are recorded only while it holds
 * @param leaseUntil     when the claim runs out and another worker may take the delivery
 */
public record Delivery(UUID notificationId, UUID triggeringEventId, NotificationChannel channel, String recipient,
        UUID ticketId, String kind, Map<String, Object> data, int attempts, Instant createdAt, UUID leaseId,
        Instant leaseUntil) {

    @Override
    public String toString() {
        return "Delivery[" + notificationId + ", channel=" + channel + ", recipient=" + recipient + ", kind=" + kind
                + ", attempts=" + attempts + "]";
    }
}
