package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;

import java.time.Instant;
import java.util.UUID;

/**
 * Escalate the ticket one level (sla-service on a warning or breach, or an agent); results in
 * {@code TicketEscalated}.
 *
 * @param reason       why, e.g. which SLA was breached
 * @param trigger      what set it off; absent means MANUAL. SLA_WARNING and SLA_BREACH are accepted from a
 *                     SYSTEM actor only, anyone else's command is rejected
 * @param targetTeamId the team routing should move the ticket to; absent leaves it with its team
 */
public record EscalateTicket(
        UUID commandId,
        UUID ticketId,
        String reason,
        EscalationTrigger trigger,
        String targetTeamId,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {
}
