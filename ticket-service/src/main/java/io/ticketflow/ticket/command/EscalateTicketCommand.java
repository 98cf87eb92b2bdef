package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Escalate the ticket one level above where it is; the level is the ticket's to count, not the caller's,
 * so two escalations sent at once cannot both claim the same level.
 *
 * @param reason       why, e.g. which SLA was breached
 * @param trigger      null means MANUAL; the SLA triggers are the platform's own (SYSTEM actors only)
 * @param targetTeamId the team routing should move the ticket to; null leaves it with its team
 */
public record EscalateTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String reason,
        EscalationTrigger trigger,
        String targetTeamId,
        Actor issuedBy) {
}
