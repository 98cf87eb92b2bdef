package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Take the ticket away from its owner and put it back in the queue; results in {@code TicketUnassigned}.
 *
 * @param reason why, e.g. the agent went offline
 */
public record UnassignTicket(
        UUID commandId,
        UUID ticketId,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
