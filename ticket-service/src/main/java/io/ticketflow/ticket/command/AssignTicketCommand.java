package io.ticketflow.ticket.command;

import io.ticketflow.api.command.ExpectedAssignee;
import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Give the ticket to an agent of a team; nothing happens when that agent of that team already owns it.
 *
 * @param reason why this agent (routing-service explains its choice here); may be null
 * @param expected when present, assign only if the ticket is still owned as the sender expects (routing's
 *                 decisions are conditional, so that a person's assignment meanwhile is never overwritten);
 *                 null for a person's own assignment, which always applies
 */
public record AssignTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String agentId,
        String teamId,
        String reason,
        Actor issuedBy,
        ExpectedAssignee expected) {

    /** A person's assignment, or any that applies whoever owns the ticket. */
    public AssignTicketCommand(UUID ticketId, String agentId, String teamId, String reason, Actor issuedBy) {
        this(ticketId, agentId, teamId, reason, issuedBy, null);
    }
}
