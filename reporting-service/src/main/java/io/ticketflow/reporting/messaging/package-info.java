/**
 * Kafka in: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code reporting-service}). Each batch is claimed in the inbox and
 * projected in one transaction, so redelivered events change nothing; the hourly volume counters depend on
 * that, since adding an event twice counts it twice. Only {@code TicketOpened} is projected so far (into the
 * ticket fact and the hourly volume); other ticket events are claimed and skipped.
 */
package io.ticketflow.reporting.messaging;
