/**
 * Durable clocks and timers: each ticket's clock state in PostgreSQL with the instant of its next warning or
 * breach, updated from ticket events in the transaction that consumes them, and a scheduler that claims due
 * timers with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work and each timer fires once.
 * What the clocks emit goes through the transactional outbox in the same transaction.
 */
package io.ticketflow.sla.timer;
