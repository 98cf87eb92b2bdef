/**
 * The ticket detail read model ({@code ticket_view} and its conversation, {@code ticket_message}), folded
 * from the event store by a streaming processor whose token is stored in the same database transaction as
 * the rows. Every update is guarded by the event's sequence number ({@code WHERE event_sequence < ?}) and
 * every message is keyed by its id, so a replayed or redelivered event changes nothing. SQL lives in the
 * repository classes; the projection only says which event changes what.
 *
 * <p>The ticket list searches the same table ({@code TicketSearchRepository}): a {@code TicketSearch} is a
 * list of {@code TicketCondition}s and {@code TicketSort}s, each a constant SQL fragment with bind
 * parameters, assembled by {@code TicketSearchSql}; migration V6 adds the text search column and the indexes.
 *
 * <p>Two reads skip the read model and go to the event store itself: the audit trail
 * ({@link io.ticketflow.ticket.projection.TicketEventStream}) and time travel
 * ({@link io.ticketflow.ticket.projection.TicketAsOf}, a pure fold of the public events into the same
 * {@code TicketView}).
 */
package io.ticketflow.ticket.projection;
