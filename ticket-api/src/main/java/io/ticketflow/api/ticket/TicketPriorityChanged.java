package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket's priority changed. SLA clocks that depend on priority are restarted from this event.
 *
 * @param from   priority before the change
 * @param to     priority after the change
 * @param reason why, in a few words (not personal data)
 */
public record TicketPriorityChanged(
        UUID ticketId,
        Priority from,
        Priority to,
        String reason,
        Actor changedBy,
        Instant changedAt) implements TicketEvent {
}
