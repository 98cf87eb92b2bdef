package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Merge this ticket (a duplicate, the source) into another one, which carries on; the source closes with a
 * link to it.
 *
 * @param ticketId       the duplicate, which closes
 * @param targetTicketId the ticket that carries on
 */
public record MergeTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        UUID targetTicketId,
        Actor issuedBy) {
}
