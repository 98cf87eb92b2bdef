package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A running clock is close to its deadline; notification-service warns the owner.
 *
 * @param deadline  when the target will be breached
 * @param remaining business time left until then
 * @param raisedAt  the instant the warning threshold was crossed, even when sla-service noticed later
 */
public record SlaWarningRaised(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        Instant deadline,
        Duration remaining,
        Instant raisedAt) implements SlaEvent {
}
