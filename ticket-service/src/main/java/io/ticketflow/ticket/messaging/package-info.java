/**
 * Kafka adapters. Out: the event store is the outbox: a streaming processor publishes each stored event, in
 * order per ticket, to {@code ticketflow.ticket-events}; nothing is published that was not stored. In:
 * commands from {@code ticketflow.ticket-commands} (each command id applied once, refusals answered on
 * {@code ticketflow.ticket-command-results}) and ticket submissions from {@code ticketflow.intake} (one
 * ticket per external reference, opened by the system whose access token the record carries). A message
 * command's attachments are resolved by id against the ticket's uploads ({@code WireAttachments}).
 * Consumers send the service's commands; they never touch the aggregate.
 */
package io.ticketflow.ticket.messaging;
