package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * Work on the ticket continues after it was awaiting the customer or on hold; paused SLA clocks resume.
 */
public record TicketResumed(
        UUID ticketId,
        Actor resumedBy,
        Instant resumedAt) implements TicketEvent {
}
