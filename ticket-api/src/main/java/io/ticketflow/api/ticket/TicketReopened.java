package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A resolved ticket is open again, because the requester answered or an agent found the fix incomplete.
 *
 * @param reason why it was reopened
 */
public record TicketReopened(
        UUID ticketId,
        String reason,
        Actor reopenedBy,
        Instant reopenedAt) implements TicketEvent {
}
