package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket waits on the requester (status {@link TicketStatus#PENDING}); SLA clocks pause until the
 * customer answers or an agent resumes the ticket.
 *
 * @param reason what the agent is waiting for, in a few words
 */
public record TicketAwaitingCustomer(
        UUID ticketId,
        String reason,
        Actor requestedBy,
        Instant requestedAt) implements TicketEvent {
}
