package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketLinkType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Link this ticket to another one it relates to. The caller makes sure the other ticket exists: the
 * aggregate only ever sees its own ticket.
 *
 * @param linkType how this ticket relates to the other one
 */
public record LinkTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        UUID linkedTicketId,
        TicketLinkType linkType,
        Actor issuedBy) {
}
