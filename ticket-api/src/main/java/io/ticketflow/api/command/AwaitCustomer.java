package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Mark the ticket as waiting on the requester; results in {@code TicketAwaitingCustomer}.
 *
 * @param reason what the agent is waiting for
 */
public record AwaitCustomer(
        UUID commandId,
        UUID ticketId,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
