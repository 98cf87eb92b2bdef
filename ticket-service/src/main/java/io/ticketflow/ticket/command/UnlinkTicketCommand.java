package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Remove the link this ticket has to another one. */
public record UnlinkTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        UUID linkedTicketId,
        Actor issuedBy) {
}
