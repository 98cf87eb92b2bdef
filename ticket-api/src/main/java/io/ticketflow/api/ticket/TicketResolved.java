package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket is resolved; the resolution SLA clock stops and the requester may rate the service. A resolved
 * ticket is closed automatically after a while unless it is reopened.
 *
 * @param resolutionCode how it was resolved
 * @param note           what was done (personal data: free text that may quote the customer)
 */
public record TicketResolved(
        UUID ticketId,
        ResolutionCode resolutionCode,
        String note,
        Actor resolvedBy,
        Instant resolvedAt) implements TicketEvent {

    @Override
    public String toString() {
        return "TicketResolved[ticketId=" + ticketId + ", resolutionCode=" + resolutionCode
                + ", resolvedBy=" + resolvedBy + ", resolvedAt=" + resolvedAt + "]";
    }
}
