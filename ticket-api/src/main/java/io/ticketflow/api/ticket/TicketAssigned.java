package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket now has an owner. A reassignment is one more {@code TicketAssigned}; the previous owner is
 * implied by the stream.
 *
 * @param agentId the agent who owns the ticket from now on
 * @param teamId  the team the ticket is handled by
 * @param reason  why this agent: routing-service puts its explanation here (skills, load, language)
 */
public record TicketAssigned(
        UUID ticketId,
        String agentId,
        String teamId,
        String reason,
        Actor assignedBy,
        Instant assignedAt) implements TicketEvent {
}
