package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageVisibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Write a public reply (by an agent or the requester) or an internal note (by an agent or the platform).
 *
 * @param messageId   chosen by the caller, so it can point at the message before the read model has it
 * @param body        the text (personal data: never logged)
 * @param attachments files already in the blob store; null means none
 */
public record AddTicketMessageCommand(
        @TargetAggregateIdentifier UUID ticketId,
        UUID messageId,
        MessageVisibility visibility,
        String body,
        List<Attachment> attachments,
        Actor issuedBy) {

    @Override
    public String toString() {
        // Axon logs a failed command; the body is personal data
        return "AddTicketMessageCommand[ticketId=" + ticketId + ", messageId=" + messageId + ", visibility="
                + visibility + ", issuedBy=" + issuedBy + "]";
    }
}
