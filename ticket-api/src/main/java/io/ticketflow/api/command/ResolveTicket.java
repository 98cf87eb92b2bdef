package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ResolutionCode;

import java.time.Instant;
import java.util.UUID;

/**
 * Resolve the ticket; results in {@code TicketResolved}.
 *
 * @param resolutionCode how it was resolved
 * @param note           what was done (personal data: free text)
 */
public record ResolveTicket(
        UUID commandId,
        UUID ticketId,
        ResolutionCode resolutionCode,
        String note,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {

    @Override
    public String toString() {
        return "ResolveTicket[commandId=" + commandId + ", ticketId=" + ticketId + ", resolutionCode="
                + resolutionCode + ", issuedBy=" + issuedBy + ", issuedAt=" + issuedAt + "]";
    }
}
