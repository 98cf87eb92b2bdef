package io.ticketflow.ticket.messaging;

import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.ticket.attachment.Attachments;
import io.ticketflow.ticket.attachment.InvalidAttachmentReference;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The attachments of an {@code AddTicketMessage} from Kafka, taken by id only: each must be a file uploaded
 * to that ticket ({@code POST /api/tickets/{id}/attachments}), and the event carries the stored reference,
 * whatever name, type, size or storage reference the sender wrote next to the id. The contract keeps its
 * full {@code Attachment} objects; an id that is not such an upload is a rejection naming
 * {@code attachments[i].attachmentId}.
 */
@Component
class WireAttachments {

    private final Attachments uploads;

    WireAttachments(Attachments uploads) {
        this.uploads = uploads;
    }

    /** {@code internal} with its attachments resolved, when it is a message that has any; otherwise unchanged. */
    Object resolve(Object internal) {
        if (!(internal instanceof AddTicketMessageCommand message) || message.attachments() == null
                || message.attachments().isEmpty()) {
            return internal;
        }
        List<Attachment> stored;
        try {
            stored = uploads.resolve(message.ticketId(), message.attachments().stream()
                    .map(attachment -> attachment == null ? null : attachment.attachmentId()).toList());
        } catch (InvalidAttachmentReference invalid) {
            throw new TicketRuleViolation("attachments[" + invalid.index() + "].attachmentId", invalid.getMessage());
        }
        return new AddTicketMessageCommand(message.ticketId(), message.messageId(), message.visibility(),
                message.body(), stored, message.issuedBy());
    }
}
