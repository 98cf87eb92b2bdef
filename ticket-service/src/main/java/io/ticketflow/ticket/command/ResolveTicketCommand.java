package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ResolutionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Resolve the ticket.
 *
 * @param note what was done (personal data: free text that may quote the customer); may be null
 */
public record ResolveTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        ResolutionCode resolutionCode,
        String note,
        Actor issuedBy) {

    @Override
    public String toString() {
        return "ResolveTicketCommand[ticketId=" + ticketId + ", resolutionCode=" + resolutionCode
                + ", issuedBy=" + issuedBy + "]";
    }
}
