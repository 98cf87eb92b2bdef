package io.ticketflow.ticket.attachment;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Attachment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the {@code attachment} table: which file was uploaded to which ticket, by whom and when. */
@Repository
class AttachmentRecords {

    private static final RowMapper<Attachment> ROW = (rs, n) -> new Attachment(
            rs.getObject("attachment_id", UUID.class),
            rs.getString("file_name"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("content_address"));

    private final JdbcTemplate jdbc;

    AttachmentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID ticketId, Attachment attachment, Actor uploadedBy, Instant uploadedAt) {
        jdbc.update("""
                        INSERT INTO attachment (attachment_id, ticket_id, content_address, file_name, content_type,
                            size_bytes, uploaded_by_kind, uploaded_by_id, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                attachment.attachmentId(), ticketId, attachment.storageReference(), attachment.fileName(),
                attachment.contentType(), attachment.sizeBytes(), uploadedBy.kind().name(), uploadedBy.id(),
                Timestamp.from(uploadedAt));
    }

    /** The ticket's attachments among {@code attachmentIds}; ids of other tickets' files are simply not found. */
    List<Attachment> of(UUID ticketId, Collection<UUID> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                        SELECT attachment_id, file_name, content_type, size_bytes, content_address FROM attachment
                        WHERE ticket_id = ? AND attachment_id = ANY (?)""",
                statement -> {
                    statement.setObject(1, ticketId);
                    statement.setArray(2, statement.getConnection().createArrayOf("uuid", attachmentIds.toArray()));
                }, ROW);
    }

    Optional<Attachment> find(UUID ticketId, UUID attachmentId) {
        return of(ticketId, List.of(attachmentId)).stream().findFirst();
    }
}
