package io.ticketflow.ticket.projection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the ticket list: what an agent scans in a queue, without the description or the conversation
 * (those are in {@link TicketView}). The requester's email is included because agents work by it; once
 * identities arrive, a requester only ever lists their own tickets.
 */
public record TicketSummary(
        UUID ticketId,
        String subject,
        String status,
        String priority,
        String type,
        String channel,
        String assigneeId,
        String teamId,
        String requesterEmail,
        String requesterOrganisation,
        List<String> tags,
        int escalationLevel,
        Instant openedAt,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "TicketSummary[ticketId=" + ticketId + ", status=" + status + "]";
    }
}
