package io.ticketflow.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A clock stopped before its deadline because its target was reached (reply sent, ticket resolved).
 *
 * @param elapsed business time the clock ran, pauses excluded
 * @param metAt   when the target was reached
 */
public record SlaMet(
        UUID ticketId,
        UUID clockId,
        SlaTarget target,
        Duration elapsed,
        Instant metAt) implements SlaEvent {
}
