package io.ticketflow.notification.recipients;

import java.util.UUID;

/**
 * What email knows about one ticket.
 *
 * @param requester       the requester's address and name (personal data); either may be null
 * @param language        the requester's language from the ticket's {@code language} custom field; null when none
 * @param subject         the ticket's subject (may quote the requester: personal data)
 * @param assigneeAgentId the owner; null while unassigned
 * @param teamId          the team of the last assignment; null before one
 * @param status          NEW, OPEN, PENDING, ON_HOLD, RESOLVED or CLOSED
 */
public record TicketRecipients(UUID ticketId, Contact requester, String language, String subject,
        String assigneeAgentId, String teamId, String status) {

    @Override
    public String toString() {
        return "TicketRecipients[ticketId=" + ticketId + ", assigneeAgentId=" + assigneeAgentId + ", teamId=" + teamId
                + ", status=" + status + "]";
    }
}
