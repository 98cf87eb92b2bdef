package io.ticketflow.ticket.attachment;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Uploading a file to a ticket, and turning the attachment ids a message names into the references its
 * {@code MessageAdded} will carry. Whether the ticket exists and still takes files is the caller's check.
 */
@Component
public class Attachments {

    private final AttachmentStore store;
    private final AttachmentRecords records;
    private final Clock clock;

    Attachments(AttachmentStore store, AttachmentRecords records, Clock clock) {
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Stores the bytes (once per content) and records the upload under a new attachment id. Blob first, then
     * record: a failure in between leaves an unreferenced blob, never a record pointing at nothing.
     *
     * @param fileName    as the client gave it; sanitised here ({@link UploadedFileMetadata})
     * @param contentType as the client declared it; normalised here
     */
    public Attachment upload(UUID ticketId, String fileName, String contentType, byte[] content, Actor uploadedBy) {
        ContentAddress address = store.put(content);
        Attachment attachment = new Attachment(UUID.randomUUID(), UploadedFileMetadata.fileName(fileName),
                UploadedFileMetadata.contentType(contentType), content.length, address.value());
        records.add(ticketId, attachment, uploadedBy, clock.instant());
        return attachment;
    }

    /** The upload, if it was made to this ticket. */
    public Optional<Attachment> find(UUID ticketId, UUID attachmentId) {
        return records.find(ticketId, attachmentId);
    }

    /**
     * The stored references of {@code attachmentIds}, in the given order.
     *
     * @throws InvalidAttachmentReference for the first id that is null, not an upload to this ticket, or a repeat
     */
    public List<Attachment> resolve(UUID ticketId, List<UUID> attachmentIds) {
        Map<UUID, Attachment> uploads = records.of(ticketId,
                        attachmentIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Attachment::attachmentId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<Attachment> resolved = new ArrayList<>(attachmentIds.size());
        for (int i = 0; i < attachmentIds.size(); i++) {
            Attachment upload = uploads.get(attachmentIds.get(i));
            if (upload == null) {
                throw new InvalidAttachmentReference(i, "is not a file uploaded to this ticket");
            }
            if (!seen.add(upload.attachmentId())) {
                throw new InvalidAttachmentReference(i, "is listed twice");
            }
            resolved.add(upload);
        }
        return resolved;
    }

    public boolean hasContent(Attachment attachment) {
        return store.exists(new ContentAddress(attachment.storageReference()));
    }

    /** The file's bytes; empty when its content is no longer stored. */
    public Optional<InputStream> content(Attachment attachment) {
        return store.open(new ContentAddress(attachment.storageReference()));
    }
}
