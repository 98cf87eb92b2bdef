package io.ticketflow.notification.webhook;

import io.ticketflow.notification.delivery.DeliveryRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery to a subscription with each attempt, for {@code GET /api/webhooks/{id}/deliveries}.
 *
 * @param notificationId the {@code Ticketflow-Delivery-Id} header
 * @param eventId        the {@code Ticketflow-Event-Id} header: the triggering event
 * @param status         PENDING (to be sent or retried), SENT or FAILED (given up: the dead letter)
 */
record WebhookDelivery(UUID notificationId, UUID eventId, String eventType, UUID ticketId, String status,
        String lastDetail, Instant createdAt, Instant finishedAt, List<DeliveryRecord.AttemptRecord> attempts) {

    static WebhookDelivery of(DeliveryRecord record, List<DeliveryRecord.AttemptRecord> attempts) {
        return new WebhookDelivery(record.notificationId(), record.triggeringEventId(), record.kind(),
                record.ticketId(), record.status(), record.lastDetail(), record.createdAt(), record.finishedAt(),
                attempts);
    }
}
