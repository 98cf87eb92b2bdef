package io.ticketflow.api.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A clock ran past its deadline. sla-service asks for an escalation separately, through a command.
 *
 * @param deadline   the deadline that was missed
 * @param breachedAt the true breach instant: the deadline itself, even when sla-service noticed later (after
 *                   downtime), so a replay produces the same event
 */
public record SlaBreached(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        Instant deadline,
        Instant breachedAt) implements SlaEvent {
}
