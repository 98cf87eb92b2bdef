package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A clock stopped running because the ticket waits on the customer or is on hold.
 *
 * @param remaining business time left until the deadline at the moment of pausing
 */
public record SlaClockPaused(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        Duration remaining,
        Instant pausedAt) implements SlaEvent {
}
