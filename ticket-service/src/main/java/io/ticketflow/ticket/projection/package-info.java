/**
 * The ticket detail read model, folded from the event store by a streaming processor whose token is
 * stored in the same database transaction as the rows, so a redelivered event changes nothing.
 */
package io.ticketflow.ticket.projection;
