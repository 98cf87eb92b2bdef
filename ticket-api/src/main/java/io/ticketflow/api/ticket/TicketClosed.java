package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket is closed for good: last event of its stream. A closed ticket is never reopened; a new request
 * about the same problem is a new ticket.
 *
 * @param closedBy   who closed it ({@link ActorKind#SYSTEM} for an automatic close)
 * @param reason     why it was closed
 * @param mergedInto the ticket it was merged into, when {@code reason} is {@link CloseReason#MERGED}; else null
 */
public record TicketClosed(
        UUID ticketId,
        Actor closedBy,
        CloseReason reason,
        UUID mergedInto,
        Instant closedAt) implements TicketEvent {

    public TicketClosed {
        if ((reason == CloseReason.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("mergedInto is required when, and only when, the reason is MERGED");
        }
    }
}
