package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket was escalated one level up (team lead, then management, ...), by hand or because an SLA was
 * breached.
 *
 * @param level  the escalation level reached, starting at 1
 * @param reason why, e.g. which SLA was breached
 */
public record TicketEscalated(
        UUID ticketId,
        int level,
        String reason,
        Actor escalatedBy,
        Instant escalatedAt) implements TicketEvent {

    public TicketEscalated {
        if (level < 1) {
            throw new IllegalArgumentException("escalation level starts at 1, was " + level);
        }
    }
}
