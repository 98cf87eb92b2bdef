package io.ticketflow.ticket.attachment;

/**
 * An attachment id a message refers to that is not a file uploaded to that ticket (unknown, or another
 * ticket's: the two are not told apart, so an id reveals nothing about other tickets), or one listed twice.
 * Each adapter names the offending entry its own way, from {@link #index()}.
 */
public class InvalidAttachmentReference extends RuntimeException {
    private final int index;

    InvalidAttachmentReference(int index, String reason) {
        super(reason);
        this.index = index;
    }

    /** Position of the offending id in the list the caller gave. */
    public int index() {
        return index;
    }
}
