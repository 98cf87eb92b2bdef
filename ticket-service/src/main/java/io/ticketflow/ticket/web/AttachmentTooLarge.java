package io.ticketflow.ticket.web;

/** An upload over {@code ticketflow.attachments.max-size}; answered as a 413 problem naming the part. */
class AttachmentTooLarge extends RuntimeException {
    AttachmentTooLarge() {
        super("is larger than the configured maximum");
    }
}
