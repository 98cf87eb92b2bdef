/**
 * Durable clocks and timers: each ticket's clock state in PostgreSQL with the instant of its next warning or
 * breach, updated from ticket events in the transaction that consumes them, and a scheduler that claims due
 * timers with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work and each timer fires once, but
 * only up to the watermark: the instant up to which the consumers have applied every ticket event, from their
 * progress per partition in {@code consumer_watermark}, so an event that happened before a deadline is applied
 * before the deadline can be declared breached.
 * What the clocks emit goes through the transactional outbox in the same transaction.
 */
package io.ticketflow.sla.timer;
