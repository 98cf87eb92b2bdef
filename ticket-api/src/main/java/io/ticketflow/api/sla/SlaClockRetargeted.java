package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A running or paused clock got a new target because the ticket's priority or type changed. The clock keeps its
 * id, its start and the business time already used; only the allowed time (and so the deadline) changes. A
 * warning or breach already raised stays raised.
 *
 * @param policyId       the policy that sets the new target (another one when the ticket left the old one)
 * @param policyVersion  the version of that policy
 * @param targetDuration the new allowed time, in business time
 * @param deadline       the new deadline; null while the clock is paused
 * @param warningAt      the new warning instant; null while paused or when the warning was already raised
 */
public record SlaClockRetargeted(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        String policyId,
        int policyVersion,
        Duration targetDuration,
        Instant deadline,
        Instant warningAt,
        Instant retargetedAt) implements SlaEvent {
}
