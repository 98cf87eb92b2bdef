/**
 * Kafka in: one {@link io.ticketflow.messaging.IdempotentConsumer} per {@link
 * io.ticketflow.reporting.messaging.Subscription} (ticket, SLA and agent events), each claiming its batches in the
 * inbox and folding them in one transaction that first takes the generation lock, so that a rebuild's swap never
 * falls between a batch's claim and its writes.
 */
package io.ticketflow.reporting.messaging;
