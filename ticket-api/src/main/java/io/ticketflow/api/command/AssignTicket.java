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
 * @param expectedAssignee when present, the command applies only if the ticket is still owned as expected
 *                (see {@link ExpectedAssignee}); absent, it applies whoever owns the ticket (a person's choice)
 */
public record AssignTicket(
        UUID commandId,
        UUID ticketId,
        String agentId,
        String teamId,
        String reason,
        ExpectedAssignee expectedAssignee,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
