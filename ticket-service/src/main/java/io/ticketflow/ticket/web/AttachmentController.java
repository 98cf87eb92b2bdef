package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.security.Caller;
import io.ticketflow.ticket.attachment.Attachments;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.config.AttachmentProperties;
import io.ticketflow.ticket.projection.RecordedTicketEvent;
import io.ticketflow.ticket.projection.TicketEventStream;
import io.ticketflow.web.InvalidParameter;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Files on a ticket: uploaded first, then named by id in a message ({@code attachmentIds}), whose
 * {@code MessageAdded} carries the reference. The bytes never enter the event log.
 */
@RestController
@RequestMapping("/api/tickets/{ticketId}/attachments")
public class AttachmentController {

    static final String FILE_PART = "file";

    private final Attachments attachments;
    private final TicketEventStream events;
    private final long maxSize;

    AttachmentController(Attachments attachments, TicketEventStream events, AttachmentProperties properties) {
        this.attachments = attachments;
        this.events = events;
        this.maxSize = properties.maxSize().toBytes();
    }

    /**
     * Stores the file and answers 201 with its {@code Attachment} reference and the download URL in
     * {@code Location}. The ticket must exist (404) and not be closed (409, like every command on a closed
     * ticket: closed is final).
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @OpenToRequesters
    public ResponseEntity<Attachment> upload(@PathVariable UUID ticketId, Actor actor,
            @RequestParam(FILE_PART) MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidParameter(FILE_PART, "is empty");
        }
        if (file.getSize() > maxSize) { // the container refuses it first; this holds wherever the request came from
            throw new AttachmentTooLarge();
        }
        requireTicketTakingFiles(ticketId);
        Attachment attachment = attachments.upload(ticketId, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), actor);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(attachment.attachmentId()).toUri()).body(attachment);
    }

    /**
     * The bytes as uploaded, with their type and length, an {@code ETag} that is the content address (so
     * {@code If-None-Match} answers 304), and headers that keep a browser from rendering them in this
     * origin: a support tool serves whatever its users upload, HTML and SVG included. A requester gets only the
     * files of the public replies they can read; any other is not found for them, like another's ticket.
     */
    @GetMapping("/{attachmentId}")
    @OpenToRequesters
    public ResponseEntity<Resource> download(@PathVariable UUID ticketId, @PathVariable UUID attachmentId,
            Caller caller) {
        Attachment attachment = attachments.find(ticketId, attachmentId)
                .filter(found -> !caller.isRequester() || inPublicReply(ticketId, attachmentId))
                .orElseThrow(() -> new AttachmentNotFound(ticketId, attachmentId, "not found"));
        if (!attachments.hasContent(attachment)) {
            throw new AttachmentNotFound(ticketId, attachmentId, "is recorded but its content is no longer stored");
        }
        // opened only when the body is written: a 304 never reads the blob
        Resource body = new InputStreamResource(() -> attachments.content(attachment)
                .orElseThrow(() -> new IOException("the content went away while being served")));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes())
                .eTag(attachment.storageReference())
                .cacheControl(CacheControl.noCache().cachePrivate()) // personal data: no shared caches
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(body);
    }

    private boolean inPublicReply(UUID ticketId, UUID attachmentId) {
        return events.of(ticketId).stream().anyMatch(recorded -> recorded.event() instanceof MessageAdded message
                && message.visibility() == MessageVisibility.PUBLIC_REPLY
                && message.attachments().stream().anyMatch(a -> a.attachmentId().equals(attachmentId)));
    }

    /** Read from the event store, not the read model, so a ticket opened a moment ago already takes files. */
    private void requireTicketTakingFiles(UUID ticketId) {
        List<RecordedTicketEvent> stream = events.of(ticketId);
        if (stream.isEmpty()) {
            throw new TicketNotFound(ticketId);
        }
        if (stream.stream().anyMatch(recorded -> recorded.event() instanceof TicketClosed)) {
            throw new TicketRuleViolation(null, "the ticket is closed, which is final: no file can be added to it");
        }
    }
}
