package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Take the ticket away from its agent and put it back in its team's queue.
 *
 * @param reason why, e.g. the agent went offline; may be null
 */
public record UnassignTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String reason,
        Actor issuedBy) {
}
