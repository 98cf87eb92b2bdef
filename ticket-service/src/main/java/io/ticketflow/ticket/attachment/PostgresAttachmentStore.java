package io.ticketflow.ticket.attachment;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;

/**
 * The blobs in this service's own database ({@code attachment_blob}, {@code bytea}), keyed by content
 * address. Fine at the configured size limit (megabytes, not gigabytes: {@code bytea} is read whole).
 */
public class PostgresAttachmentStore implements AttachmentStore {

    private final JdbcTemplate jdbc;

    public PostgresAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ContentAddress put(byte[] content) {
        ContentAddress address = ContentAddress.of(content);
        // the look-up spares sending megabytes for a file that is already stored; ON CONFLICT settles the race
        // of two uploads of the same bytes at once
        if (!exists(address)) {
            jdbc.update("""
                    INSERT INTO attachment_blob (content_address, content, size_bytes) VALUES (?, ?, ?)
                    ON CONFLICT (content_address) DO NOTHING""", address.value(), content, (long) content.length);
        }
        return address;
    }

    @Override
    public Optional<InputStream> open(ContentAddress address) {
        return jdbc.query("SELECT content FROM attachment_blob WHERE content_address = ?",
                        (rs, n) -> (InputStream) new ByteArrayInputStream(rs.getBytes(1)), address.value())
                .stream().findFirst();
    }

    @Override
    public boolean exists(ContentAddress address) {
        return !jdbc.queryForList("SELECT 1 FROM attachment_blob WHERE content_address = ?", Integer.class,
                address.value()).isEmpty();
    }
}
