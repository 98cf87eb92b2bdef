/**
 * Events of the Ticket aggregate, published on {@code ticketflow.ticket-events} with the ticket id as key,
 * and the values they share ({@link io.ticketflow.api.ticket.Actor}, {@link io.ticketflow.api.ticket.Requester},
 * {@link io.ticketflow.api.ticket.Attachment} and the enumerations). Past tense, no suffix; each event carries
 * the ticket id so a consumer never needs the key to know the ticket, the instant it happened ({@code ...At})
 * and, where someone acted, who ({@code ...By}) as an {@link io.ticketflow.api.ticket.Actor} reference rather
 * than contact data.
 */
package io.ticketflow.api.ticket;
