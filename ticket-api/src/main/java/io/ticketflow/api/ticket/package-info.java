/**
 * Events of the Ticket aggregate, published on {@code ticketflow.ticket-events} with the ticket id as key.
 * Past tense, no suffix; each carries the ticket id so a consumer never needs the key to know the ticket.
 */
package io.ticketflow.api.ticket;
