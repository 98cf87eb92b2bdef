package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket was escalated one level up (team lead, then management, ...), by hand or because an SLA was
 * warned about or breached.
 *
 * <p>Schema revision 2 added {@code trigger} and {@code targetTeamId}. Revision-1 events read as trigger
 * {@code MANUAL} without a target team (see {@code io.ticketflow.api.wire.Upcasting}).
 *
 * @param level        the escalation level reached, starting at 1
 * @param trigger      what set it off: a person (MANUAL) or the SLA clock
 * @param reason       why, e.g. which SLA was breached
 * @param targetTeamId the team routing should move the ticket to; null leaves it with its team
 */
public record TicketEscalated(
        UUID ticketId,
        int level,
        EscalationTrigger trigger,
        String reason,
        String targetTeamId,
        Actor escalatedBy,
        Instant escalatedAt) implements TicketEvent {

    public TicketEscalated {
        if (level < 1) {
            throw new IllegalArgumentException("escalation level starts at 1, was " + level);
        }
        if (trigger == null) {
            throw new IllegalArgumentException("trigger is required (revision-1 events are upcast to MANUAL)");
        }
    }
}
