package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Attachment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a ticket's conversation.
 *
 * @param visibility  {@code PUBLIC_REPLY} or {@code INTERNAL_NOTE}: whoever serves this to a requester must drop notes
 * @param authorKind  {@code CUSTOMER}, {@code AGENT} or {@code SYSTEM}
 * @param body        personal data: never logged
 * @param attachments references into the blob store; empty when none
 */
public record ConversationMessage(
        UUID messageId,
        String visibility,
        String authorKind,
        String authorId,
        String body,
        List<Attachment> attachments,
        Instant addedAt) {

    @Override
    public String toString() {
        return "ConversationMessage[messageId=" + messageId + ", visibility=" + visibility + "]";
    }
}
