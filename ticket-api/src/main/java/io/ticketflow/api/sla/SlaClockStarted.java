package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An SLA clock started for a ticket under a policy.
 *
 * @param clockId        identifies this clock across its pause, resume, warning, breach and met events
 * @param target         what the clock measures
 * @param policyId       the SLA policy that set the target
 * @param policyVersion  the version of that policy, so a later policy change does not rewrite history
 * @param targetDuration the allowed time, in business time
 * @param deadline       when the target is breached if the clock keeps running
 * @param warningAt      when a warning is raised if the clock keeps running
 * @param startedAt      when the clock started
 */
public record SlaClockStarted(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        String policyId,
        int policyVersion,
        Duration targetDuration,
        Instant deadline,
        Instant warningAt,
        Instant startedAt) implements SlaEvent {
}
