package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Priority;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Change the ticket's priority; nothing happens when it already has it.
 *
 * @param reason why, in a few words; required, because SLA targets move with the priority
 */
public record ChangeTicketPriorityCommand(
        @TargetAggregateIdentifier UUID ticketId,
        Priority priority,
        String reason,
        Actor issuedBy) {
}
