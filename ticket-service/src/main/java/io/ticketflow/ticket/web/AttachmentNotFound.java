package io.ticketflow.ticket.web;

import java.util.UUID;

/** No file with that id uploaded to that ticket (or its content is gone); answered as a 404 problem. */
class AttachmentNotFound extends RuntimeException {
    private final UUID ticketId;
    private final UUID attachmentId;

    AttachmentNotFound(UUID ticketId, UUID attachmentId, String reason) {
        super("attachment " + attachmentId + " of ticket " + ticketId + " " + reason);
        this.ticketId = ticketId;
        this.attachmentId = attachmentId;
    }

    UUID ticketId() {
        return ticketId;
    }

    UUID attachmentId() {
        return attachmentId;
    }
}
