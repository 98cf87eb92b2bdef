package io.ticketflow.ticket.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.JsonCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of the ticket detail read model: the opening row and the reads. Later changes are in
 * {@link TicketViewUpdates}, the conversation in {@link TicketMessageRepository}.
 */
@Repository
public class TicketViewRepository {

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TicketMessageRepository messages;
    private final TicketLinkRepository links;

    public TicketViewRepository(JdbcTemplate jdbc, TicketMessageRepository messages, TicketLinkRepository links) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.links = links;
    }

    void insertOpened(TicketOpened event, long sequence) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO ticket_view (ticket_id, subject, description, requester_email, requester_name,
                        requester_organisation, type, priority, status, channel, tags, custom_fields, opened_by,
                        opened_at, updated_at, event_sequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?::jsonb, ?, ?, ?, ?)
                    ON CONFLICT (ticket_id) DO NOTHING""");
            int i = 1;
            statement.setObject(i++, event.ticketId());
            statement.setString(i++, event.subject());
            statement.setString(i++, event.description());
            statement.setString(i++, event.requester().email());
            statement.setString(i++, event.requester().name());
            statement.setString(i++, event.requester().organisation());
            statement.setString(i++, event.type().name());
            statement.setString(i++, event.priority().name());
            statement.setString(i++, event.channel().name());
            statement.setArray(i++, connection.createArrayOf("text", event.tags().toArray()));
            statement.setString(i++, toJson(event.customFields()));
            statement.setString(i++, event.openedBy().kind() + ":" + event.openedBy().id());
            statement.setTimestamp(i++, Timestamp.from(event.openedAt()));
            statement.setTimestamp(i++, Timestamp.from(event.openedAt()));
            statement.setLong(i, sequence);
            return statement;
        });
    }

    /** The ticket with its conversation and links; read in one transaction so all show the same version. */
    @Transactional(readOnly = true)
    public Optional<TicketView> find(UUID ticketId) {
        return jdbc.query("SELECT * FROM ticket_view WHERE ticket_id = ?", ROW, ticketId).stream().findFirst()
                .map(view -> view.withConversation(messages.conversation(ticketId)).withLinks(links.of(ticketId)));
    }

    private static final RowMapper<TicketView> ROW = (rs, n) -> new TicketView(
            rs.getObject("ticket_id", UUID.class),
            rs.getString("subject"),
            rs.getString("description"),
            rs.getString("requester_email"),
            rs.getString("requester_name"),
            rs.getString("requester_organisation"),
            rs.getString("type"),
            rs.getString("category"),
            rs.getString("priority"),
            rs.getString("status"),
            rs.getString("channel"),
            strings(rs.getArray("tags")),
            fromJson(rs.getString("custom_fields")),
            rs.getString("assignee_id"),
            rs.getString("team_id"),
            rs.getInt("escalation_level"),
            rs.getString("escalation_trigger"),
            rs.getString("opened_by"),
            instant(rs, "opened_at"),
            instant(rs, "first_response_at"),
            rs.getString("resolution_code"),
            instant(rs, "resolved_at"),
            rs.getObject("satisfaction_score", Integer.class),
            rs.getString("satisfaction_comment"),
            instant(rs, "closed_at"),
            rs.getString("close_reason"),
            rs.getObject("merged_into", UUID.class),
            instant(rs, "updated_at"),
            List.of(),
            List.of(),
            rs.getLong("event_sequence"));

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String toJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
