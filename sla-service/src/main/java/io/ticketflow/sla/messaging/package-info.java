/**
 * Kafka in: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code sla-service}). Each batch is claimed in the inbox and projected
 * in one transaction, so redelivered events change nothing.
 */
package io.ticketflow.sla.messaging;
