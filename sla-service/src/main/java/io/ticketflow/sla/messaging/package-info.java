/**
 * Kafka in: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code sla-service}). Each batch is claimed in the inbox and projected
 * in one transaction, so redelivered events change nothing; the consumer's progress per partition (the latest
 * occurred-at applied, caught up or not) is recorded in that transaction too, and for idle partitions once the broker
 * confirms they are caught up, so the timer knows up to which instant every ticket event is applied.
 */
package io.ticketflow.sla.messaging;
