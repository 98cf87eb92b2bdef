package io.ticketflow.ticket.attachment;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed blob storage for attachments. Implementations keep each distinct content once, under
 * {@link ContentAddress#of(byte[])}; putting the same bytes again stores nothing new. Which implementation
 * runs is configuration ({@code ticketflow.attachments.store}); today there is only PostgreSQL, so the
 * platform needs nothing new to run, and an S3-compatible store can be added beside it.
 */
public interface AttachmentStore {

    /** Stores the bytes unless their address already holds them; safe to call concurrently with the same bytes. */
    ContentAddress put(byte[] content);

    /** The bytes at that address, to be closed by the caller; empty when nothing is stored there (or no longer). */
    Optional<InputStream> open(ContentAddress address);

    boolean exists(ContentAddress address);
}
