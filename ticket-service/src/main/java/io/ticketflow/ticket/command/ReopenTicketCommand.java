package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Reopen a resolved ticket: by the requester within the {@link ReopenPolicy} window, by an agent at any time
 * before closure.
 *
 * @param reason why it is reopened
 */
public record ReopenTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String reason,
        Actor issuedBy) {
}
