/**
 * Kafka in and out. In: the {@link io.ticketflow.messaging.IdempotentConsumer}s of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code routing-service}) and of the command results; each batch is claimed in
 * the inbox and projected in one transaction, so redelivered events change nothing. Out: kafka-messaging's
 * transactional outbox ({@link io.ticketflow.messaging.outbox.Outbox}), which the roster appends its events to
 * and through which {@code OutboxCommands} sends assignment's commands, in the transaction of the change.
 */
package io.ticketflow.routing.messaging;
