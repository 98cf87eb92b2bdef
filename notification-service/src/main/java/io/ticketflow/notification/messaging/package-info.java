/**
 * Kafka in: {@link io.ticketflow.messaging.IdempotentConsumer}s of {@code ticketflow.ticket-events} (group and
 * inbox {@code notification-service}), {@code ticketflow.sla-events} ({@code notification-service.sla-events}) and
 * {@code ticketflow.agent-events} ({@code notification-service.agent-events}). Each batch is claimed in the inbox,
 * handed to every reaction and its deliveries recorded in one transaction, so redelivered events change nothing.
 * Kafka out is the outbox ({@code NotificationSent}, {@code NotificationFailed}).
 */
package io.ticketflow.notification.messaging;
