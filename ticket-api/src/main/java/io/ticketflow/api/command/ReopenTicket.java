package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Reopen a resolved ticket; results in {@code TicketReopened}. Rejected for a closed ticket.
 *
 * @param reason why it is reopened
 */
public record ReopenTicket(
        UUID commandId,
        UUID ticketId,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
