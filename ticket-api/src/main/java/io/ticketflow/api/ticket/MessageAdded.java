package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message was written on the ticket: a public reply (seen by the requester) or an internal note (agents
 * only). An agent's first public reply is what stops the first-response SLA clock.
 *
 * @param messageId   stable id of the message
 * @param visibility  who may read it
 * @param author      who wrote it
 * @param body        the text (personal data: never logged, erasable)
 * @param attachments files attached to it; empty when none
 */
public record MessageAdded(
        UUID ticketId,
        UUID messageId,
        MessageVisibility visibility,
        Actor author,
        String body,
        List<Attachment> attachments,
        Instant addedAt) implements TicketEvent {

    public MessageAdded {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    @Override
    public String toString() {
        return "MessageAdded[ticketId=" + ticketId + ", messageId=" + messageId + ", visibility=" + visibility
                + ", author=" + author + ", attachments=" + attachments.size() + "]";
    }
}
