package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the log shows it to people (no data, no addresses).
 *
 * @param status     PENDING (to be sent or retried), SENT or FAILED
 * @param lastDetail the last attempt's status code or error, for operators
 */
public record DeliveryRecord(UUID notificationId, UUID triggeringEventId, NotificationChannel channel,
        String recipient, UUID ticketId, String kind, String status, int attempts, String lastDetail,
        Instant createdAt, Instant finishedAt) {

    /** One attempt at a delivery. */
    public record AttemptRecord(int attempt, Instant attemptedAt, String outcome, int statusCode, String detail,
            long durationMillis) {
    }
}
