package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Park the ticket (ON_HOLD), typically while a third party works on it.
 *
 * @param reason why it is on hold
 */
public record PutTicketOnHoldCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String reason,
        Actor issuedBy) {
}
