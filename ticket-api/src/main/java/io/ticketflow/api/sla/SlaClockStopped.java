package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A clock stopped without meeting its target in time: reached late, or no longer needed because the ticket was
 * resolved or closed. Together with {@link SlaMet} it ends every clock, so reports know each clock's business
 * time whatever its outcome.
 *
 * @param reason   why it stopped
 * @param breached whether the clock had passed its deadline before it stopped
 * @param elapsed  business time the clock ran, pauses excluded
 */
public record SlaClockStopped(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        SlaStopReason reason,
        boolean breached,
        Duration elapsed,
        Instant stoppedAt) implements SlaEvent {
}
