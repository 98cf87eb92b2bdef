/**
 * Kafka plumbing shared by every Ticketflow service, applied by Spring Boot auto-configuration: producers
 * write the wire format of {@code ticket-api} with {@code acks=all} and idempotence; consumers are batch
 * listeners that read envelopes, retry a bounded number of times and then dead-letter a record to
 * {@code <topic>.DLT} with a readable reason, so one poison record never stops its partition. A service
 * declares an {@link io.ticketflow.messaging.IdempotentConsumer} bean (name, topic, handler): a batch
 * listener whose {@link io.ticketflow.messaging.Inbox} claims event ids in the same transaction as the
 * handler's projection writes, so every event is handled once however often it is delivered. What a service
 * publishes itself goes through the transactional outbox of {@link io.ticketflow.messaging.outbox}; what it
 * publishes later than the work that caused it stays in that work's trace through
 * {@link io.ticketflow.messaging.tracing}.
 */
package io.ticketflow.messaging;
