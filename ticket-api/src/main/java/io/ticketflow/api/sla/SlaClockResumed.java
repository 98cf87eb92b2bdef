package io.ticketflow.api.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A paused clock runs again; its deadline moved by the time it was paused.
 *
 * @param deadline  the new deadline
 * @param warningAt the new warning instant; null when the warning was already raised
 */
public record SlaClockResumed(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        Instant deadline,
        Instant warningAt,
        Instant resumedAt) implements SlaEvent {
}
