/**
 * Commands other services send to ticket-service on {@code ticketflow.ticket-commands}, keyed by ticket id.
 * They are wire messages, so they have imperative names without the {@code Command} suffix that ticket-service
 * keeps for its internal Axon commands. Each carries a {@code commandId}: ticket-service applies a command id
 * at most once, so a sender derives it from what triggered it (for example the id of the event it reacts to)
 * and can safely send again.
 */
package io.ticketflow.api.command;
