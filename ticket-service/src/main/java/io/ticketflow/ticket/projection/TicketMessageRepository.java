package io.ticketflow.ticket.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.wire.JsonCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** SQL of the conversation: one row per message, idempotent on the message id. */
@Repository
public class TicketMessageRepository {

    // the contract's own mapping, so an attachment reads here as it does in the event
    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    public TicketMessageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MessageAdded event, long sequence) {
        jdbc.update("""
                        INSERT INTO ticket_message (message_id, ticket_id, visibility, author_kind, author_id, body,
                            attachments, added_at, event_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                        ON CONFLICT (message_id) DO NOTHING""",
                event.messageId(), event.ticketId(), event.visibility().name(), event.author().kind().name(),
                event.author().id(), event.body(), toJson(event.attachments()), Timestamp.from(event.addedAt()),
                sequence);
    }

    /** The ticket's messages in the order its stream holds them. */
    List<ConversationMessage> conversation(UUID ticketId) {
        return jdbc.query("SELECT * FROM ticket_message WHERE ticket_id = ? ORDER BY event_sequence", ROW, ticketId);
    }

    private static final RowMapper<ConversationMessage> ROW = (rs, n) -> new ConversationMessage(
            rs.getObject("message_id", UUID.class),
            rs.getString("visibility"),
            rs.getString("author_kind"),
            rs.getString("author_id"),
            rs.getString("body"),
            fromJson(rs.getString("attachments")),
            rs.getTimestamp("added_at").toInstant());

    private static String toJson(List<Attachment> attachments) {
        try {
            return JSON.writeValueAsString(attachments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Attachment> fromJson(String json) {
        try {
            return JSON.readValue(json, ATTACHMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
