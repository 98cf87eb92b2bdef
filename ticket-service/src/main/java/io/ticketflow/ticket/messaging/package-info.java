/**
 * Kafka adapters. The event store is the outbox: a streaming processor publishes each stored event, in
 * order per ticket, to {@code ticketflow.ticket-events}; nothing is published that was not stored.
 */
package io.ticketflow.ticket.messaging;
