package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Priority;

import java.time.Instant;
import java.util.UUID;

/**
 * Change the ticket's priority; results in {@code TicketPriorityChanged} unless it already has it.
 *
 * @param priority the new priority
 * @param reason   why
 */
public record ChangeTicketPriority(
        UUID commandId,
        UUID ticketId,
        Priority priority,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
