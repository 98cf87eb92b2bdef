/**
 * Kafka in and out. In: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code routing-service}); each batch is claimed in the inbox and projected in
 * one transaction, so redelivered events change nothing. Out: the transactional outbox. {@code Outbox} appends
 * a message in the transaction of the change it announces; {@code OutboxRelay} publishes the rows after the
 * commit, in order per record key, waiting for Kafka's acknowledgement before it marks them published.
 */
package io.ticketflow.routing.messaging;
