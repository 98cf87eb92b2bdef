/**
 * Kafka in: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code reporting-service}). Each batch is claimed in the inbox and
 * projected in one transaction, so redelivered events change nothing. Only {@code TicketOpened} is
 * projected so far; other ticket events are claimed and skipped.
 */
package io.ticketflow.reporting.messaging;
