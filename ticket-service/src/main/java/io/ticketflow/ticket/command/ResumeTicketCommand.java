package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Continue work on a ticket that is pending or on hold. */
public record ResumeTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        Actor issuedBy) {
}
