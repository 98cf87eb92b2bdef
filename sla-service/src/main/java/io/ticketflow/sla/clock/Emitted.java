package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An SLA event as the engine produced it.
 *
 * @param eventId    derived from the ticket and the event's position in the ticket's SLA history, so a replay
 *                   produces the same id and downstream de-duplication holds across replays
 * @param occurredAt the instant the event describes (a breach's deadline, not when it was noticed)
 */
public record Emitted(UUID eventId, Instant occurredAt, SlaEvent event) {
}
