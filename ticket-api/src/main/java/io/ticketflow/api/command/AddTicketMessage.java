package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageVisibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Write a reply or an internal note on the ticket as {@code issuedBy}; results in {@code MessageAdded}.
 *
 * @param visibility  who may read it
 * @param body        the text (personal data: never logged)
 * @param attachments files already stored in the blob store; empty when none
 */
public record AddTicketMessage(
        UUID commandId,
        UUID ticketId,
        MessageVisibility visibility,
        String body,
        List<Attachment> attachments,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {

    public AddTicketMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    @Override
    public String toString() {
        return "AddTicketMessage[commandId=" + commandId + ", ticketId=" + ticketId + ", visibility=" + visibility
                + ", attachments=" + attachments.size() + ", issuedBy=" + issuedBy + ", issuedAt=" + issuedAt + "]";
    }
}
