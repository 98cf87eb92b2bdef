package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Give the ticket to an agent (routing-service's decision); results in {@code TicketAssigned}.
 *
 * @param agentId the agent who should own the ticket
 * @param teamId  the team that handles it
 * @param reason  routing's explanation, copied into the event
 */
public record AssignTicket(
        UUID commandId,
        UUID ticketId,
        String agentId,
        String teamId,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
