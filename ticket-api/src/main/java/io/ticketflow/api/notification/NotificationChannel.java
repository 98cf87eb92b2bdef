package io.ticketflow.api.notification;

/** How a notification is delivered. */
public enum NotificationChannel {
    EMAIL, WEBHOOK
}
