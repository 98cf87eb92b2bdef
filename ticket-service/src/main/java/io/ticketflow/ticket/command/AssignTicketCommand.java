package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Give the ticket to an agent of a team; nothing happens when that agent of that team already owns it.
 *
 * @param reason why this agent (routing-service explains its choice here); may be null
 */
public record AssignTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String agentId,
        String teamId,
        String reason,
        Actor issuedBy) {
}
