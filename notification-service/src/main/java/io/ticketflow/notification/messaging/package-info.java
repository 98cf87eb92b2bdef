/**
 * Kafka in: the {@link io.ticketflow.messaging.IdempotentConsumer} of {@code ticketflow.ticket-events}
 * (consumer group and inbox name {@code notification-service}). It has nothing but the inbox: each batch
 * is claimed there and nothing is projected, because no notification work exists yet to need a fact.
 */
package io.ticketflow.notification.messaging;
