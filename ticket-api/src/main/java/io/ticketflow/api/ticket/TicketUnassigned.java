package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket lost its owner and is back in the team's queue (agent went offline, left the team, ...).
 *
 * @param previousAgentId the agent who owned it until now
 * @param reason          why it was taken away
 */
public record TicketUnassigned(
        UUID ticketId,
        String previousAgentId,
        String reason,
        Actor unassignedBy,
        Instant unassignedAt) implements TicketEvent {
}
