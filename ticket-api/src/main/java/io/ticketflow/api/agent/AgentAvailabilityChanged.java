package io.ticketflow.api.agent;

import java.time.Instant;

/**
 * An agent went online, away or offline. Routing stops giving new tickets to agents who are not online and
 * may hand an offline agent's tickets back to the queue.
 *
 * @param availability the availability from now on
 */
public record AgentAvailabilityChanged(
        String agentId,
        AgentAvailability availability,
        Instant changedAt) implements AgentEvent {
}
