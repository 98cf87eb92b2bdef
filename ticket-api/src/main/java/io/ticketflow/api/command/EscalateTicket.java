package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Escalate the ticket one level (sla-service on a breach, or an agent); results in {@code TicketEscalated}.
 *
 * @param reason why, e.g. which SLA was breached
 */
public record EscalateTicket(
        UUID commandId,
        UUID ticketId,
        String reason,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
