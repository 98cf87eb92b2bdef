package io.ticketflow.ticket.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One row of the ticket detail read model, as served to agents and to the ticket's requester. */
public record TicketView(
        UUID ticketId,
        String subject,
        String description,
        String requesterEmail,
        String requesterName,
        String requesterOrganisation,
        String type,
        String priority,
        String status,
        String channel,
        List<String> tags,
        Map<String, String> customFields,
        String assigneeId,
        String teamId,
        String openedBy,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    @Override
    public String toString() {
        return "TicketView[ticketId=" + ticketId + ", status=" + status + ", version=" + version + "]";
    }
}
