package io.ticketflow.api.ticket;

import java.util.UUID;

/**
 * A file attached to a ticket message. The bytes live in a blob store; the event carries only a reference
 * to them, so erasing an attachment does not mean rewriting the event log.
 *
 * @param attachmentId     stable id of the attachment
 * @param fileName         the name the author gave the file (personal data: names often contain people's names)
 * @param contentType      media type, e.g. {@code image/png}
 * @param sizeBytes        size of the stored file
 * @param storageReference where the blob store keeps it
 */
public record Attachment(
        UUID attachmentId,
        String fileName,
        String contentType,
        long sizeBytes,
        String storageReference) {

    @Override
    public String toString() {
        return "Attachment[attachmentId=" + attachmentId + ", contentType=" + contentType
                + ", sizeBytes=" + sizeBytes + "]";
    }
}
