package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.MessageVisibility;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket as served to staff (and to its requester without internal notes: {@link #withoutInternalNotes()}).
 *
 * @param escalationLevel 0 until the ticket is first escalated
 * @param escalationTrigger what set the latest escalation off (MANUAL, SLA_WARNING, SLA_BREACH); null before
 * @param resolvedAt      when the ticket was last resolved; null while it is not resolved (a reopening clears it)
 * @param mergedInto      the ticket this one was merged into, when it was closed as a duplicate
 * @param conversation    messages in the order they were written, internal notes included
 * @param links           the tickets this one is linked to, by links it made and links made to it
 * @param version         the sequence number of the last event folded in: a client that got version n from a
 *                        command answer polls until it reads at least n
 */
public record TicketView(
        UUID ticketId,
        String subject,
        String description,
        String requesterEmail,
        String requesterName,
        String requesterOrganisation,
        String type,
        String category,
        String priority,
        String status,
        String channel,
        List<String> tags,
        Map<String, String> customFields,
        String assigneeId,
        String teamId,
        int escalationLevel,
        String escalationTrigger,
        String openedBy,
        Instant openedAt,
        Instant firstResponseAt,
        String resolutionCode,
        Instant resolvedAt,
        Integer satisfactionScore,
        String satisfactionComment,
        Instant closedAt,
        String closeReason,
        UUID mergedInto,
        Instant updatedAt,
        List<ConversationMessage> conversation,
        List<TicketLink> links,
        long version) {

    TicketView withConversation(List<ConversationMessage> messages) {
        return new TicketView(ticketId, subject, description, requesterEmail, requesterName, requesterOrganisation,
                type, category, priority, status, channel, tags, customFields, assigneeId, teamId, escalationLevel,
                escalationTrigger, openedBy, openedAt, firstResponseAt, resolutionCode, resolvedAt, satisfactionScore,
                satisfactionComment, closedAt, closeReason, mergedInto, updatedAt, List.copyOf(messages), links,
                version);
    }

    /** As its requester sees it: the conversation without internal notes, which are for staff only. */
    public TicketView withoutInternalNotes() {
        return withConversation(conversation.stream()
                .filter(message -> !MessageVisibility.INTERNAL_NOTE.name().equals(message.visibility())).toList());
    }

    /**
     * With its links: they are not part of the ticket's own fold (a link made to it lives in the other
     * ticket's stream), so both the read model and time travel add them from {@link TicketLinkRepository}.
     */
    public TicketView withLinks(List<TicketLink> ticketLinks) {
        return new TicketView(ticketId, subject, description, requesterEmail, requesterName, requesterOrganisation,
                type, category, priority, status, channel, tags, customFields, assigneeId, teamId, escalationLevel,
                escalationTrigger, openedBy, openedAt, firstResponseAt, resolutionCode, resolvedAt, satisfactionScore,
                satisfactionComment, closedAt, closeReason, mergedInto, updatedAt, conversation,
                List.copyOf(ticketLinks), version);
    }

    @Override
    public String toString() {
        return "TicketView[ticketId=" + ticketId + ", status=" + status + ", version=" + version + "]";
    }
}
