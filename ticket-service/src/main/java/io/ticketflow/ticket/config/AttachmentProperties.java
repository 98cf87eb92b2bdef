package io.ticketflow.ticket.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ticketflow.attachments}: files on ticket messages.
 *
 * @param maxSize the largest file accepted ({@code TICKETFLOW_ATTACHMENTS_MAX_SIZE}, default 10MB); also the
 *                servlet container's multipart limit ({@link AttachmentConfig}), so one number rules both
 * @param store   where the bytes are kept; {@code postgresql} (this service's database) is the only one today
 */
@ConfigurationProperties(prefix = "ticketflow.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("postgresql") Store store) {

    /** Uploads are held in memory and PostgreSQL reads a bytea whole: this is not a store for videos. */
    static final DataSize LARGEST_MAX_SIZE = DataSize.ofMegabytes(100);

    public AttachmentProperties {
        if (maxSize.toBytes() < 1 || maxSize.compareTo(LARGEST_MAX_SIZE) > 0) {
            throw new IllegalArgumentException("ticketflow.attachments.max-size must be between 1B and "
                    + LARGEST_MAX_SIZE.toMegabytes() + "MB, was " + maxSize);
        }
    }

    /** A new store (an S3-compatible one, say) is a constant here and a case in {@link AttachmentConfig}. */
    public enum Store {
        POSTGRESQL
    }
}
