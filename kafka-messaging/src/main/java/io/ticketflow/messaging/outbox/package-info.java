/**
 * The transactional outbox every publishing service shares, switched on with {@code ticketflow.outbox.enabled}:
 * {@link io.ticketflow.messaging.outbox.Outbox} writes a message as a row of the service's {@code outbox} table
 * in the transaction of the change it announces (the table ships as {@code classpath:db/outbox}), and
 * {@link io.ticketflow.messaging.outbox.OutboxRelay} publishes the rows after the commit with the standard
 * envelope headers, one key's rows strictly in turn, marking a row published only once Kafka acknowledged it,
 * so nothing is published that was not stored and nothing stored is lost while Kafka is away.
 */
package io.ticketflow.messaging.outbox;
