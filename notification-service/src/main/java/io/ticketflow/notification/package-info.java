/**
 * The notification-service: tells people and systems what happened to tickets, each notification once. Consumes
 * ticket, SLA and agent events ({@code messaging}); each channel's reaction decides what to send and keeps what it
 * needs ({@code email} with {@code recipients}, {@code webhook}); the delivery log records every notification
 * once per (event, channel, recipient) and the workers send, retry and give up ({@code delivery}), publishing
 * {@code NotificationSent} / {@code NotificationFailed} through the outbox; REST under {@code /api/notifications}
 * and {@code /api/webhooks} ({@code web}, {@code webhook}).
 */
package io.ticketflow.notification;
