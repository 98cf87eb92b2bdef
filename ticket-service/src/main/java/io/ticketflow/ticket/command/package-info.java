/**
 * The Ticket aggregate and the commands it handles. Every rule a support organisation relies on lives
 * here; every accepted command becomes an event in the store, which is the only source of truth.
 * {@code TicketLifecycle} is the status machine as one table; {@code ReopenPolicy} is the configuration the
 * rules need, handed to command handlers by Axon so the aggregate stays free of Spring.
 */
package io.ticketflow.ticket.command;
