package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Close a resolved ticket by hand (reason MANUAL). Closing after the resolution period and closing as part
 * of a merge have their own paths, because they carry their own reasons.
 */
public record CloseTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        Actor issuedBy) {
}
