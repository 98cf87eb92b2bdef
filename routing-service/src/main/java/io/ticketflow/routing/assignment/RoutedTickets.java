package io.ticketflow.routing.assignment;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL of routing's ticket view: read a batch's tickets once, locked, and write the changed ones back. */
@Repository
class RoutedTickets {

    private final JdbcTemplate jdbc;

    RoutedTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tickets known among {@code ids}, locked until the transaction ends, by id. */
    Map<UUID, RoutedTicket> lock(Collection<UUID> ids) {
        Map<UUID, RoutedTicket> tickets = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return tickets;
        }
        jdbc.query("SELECT * FROM routed_ticket WHERE ticket_id = ANY (?) ORDER BY ticket_id FOR UPDATE",
                rs -> {
                    RoutedTicket ticket = ROW.mapRow(rs, 0);
                    tickets.put(ticket.ticketId, ticket);
                },
                (Object) ids.toArray(UUID[]::new));
        return tickets;
    }

    /** Up to {@code limit} tickets queued for the team, most urgent and oldest first, skipping locked ones. */
    List<RoutedTicket> lockQueued(String teamId, int limit) {
        return jdbc.query("""
                SELECT * FROM routed_ticket WHERE need = 'QUEUED' AND team_id = ?
                ORDER BY priority_rank DESC, need_since, ticket_id
                LIMIT ? FOR UPDATE SKIP LOCKED""", ROW, teamId, limit);
    }

    /** What routing knows of the tickets opened in [{@code from}, {@code to}), oldest first, for a simulation. */
    List<RoutedTicket> openedBetween(Instant from, Instant to, int limit) {
        return jdbc.query("SELECT * FROM routed_ticket WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at LIMIT ?",
                ROW, Timestamp.from(from), Timestamp.from(to), limit);
    }

    /** Up to {@code limit} tickets no rule matched, after {@code after} in id order, locked (skipping held ones). */
    List<RoutedTicket> lockUnmatched(UUID after, int limit) {
        return jdbc.query("""
                SELECT * FROM routed_ticket WHERE need = 'QUEUED' AND team_id IS NULL AND ticket_id > ?
                ORDER BY ticket_id LIMIT ? FOR UPDATE SKIP LOCKED""", ROW, after, limit);
    }

    /**
     * Up to {@code limit} active tickets held by agents OFFLINE since {@code offlineBefore} or earlier, that
     * routing is not already moving, locked (skipping rows another instance holds).
     */
    List<RoutedTicket> lockHeldByOfflineAgents(Instant offlineBefore, int limit) {
        return jdbc.query("""
                SELECT t.* FROM routed_ticket t JOIN agent a ON a.agent_id = t.agent_id
                WHERE a.availability = 'OFFLINE' AND a.availability_since <= ?
                  AND t.need = 'NONE' AND t.pending_agent_id IS NULL AND t.status NOT IN ('RESOLVED', 'CLOSED')
                ORDER BY t.ticket_id LIMIT ? FOR UPDATE OF t SKIP LOCKED""", ROW, Timestamp.from(offlineBefore), limit);
    }

    void save(Collection<RoutedTicket> tickets) {
        List<RoutedTicket> rows = List.copyOf(tickets);
        jdbc.batchUpdate("""
                INSERT INTO routed_ticket (ticket_id, type, category, priority, channel, tags, language, organisation,
                    status, opened_at, team_id, agent_id, pending_agent_id, pending_command_id, need, need_event_id,
                    need_since, priority_rank)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET type = excluded.type, category = excluded.category,
                    priority = excluded.priority, channel = excluded.channel, tags = excluded.tags,
                    language = excluded.language, organisation = excluded.organisation, status = excluded.status,
                    team_id = excluded.team_id, agent_id = excluded.agent_id,
                    pending_agent_id = excluded.pending_agent_id, pending_command_id = excluded.pending_command_id,
                    need = excluded.need, need_event_id = excluded.need_event_id, need_since = excluded.need_since,
                    priority_rank = excluded.priority_rank""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int index) throws SQLException {
                RoutedTicket t = rows.get(index);
                int i = 1;
                ps.setObject(i++, t.ticketId);
                ps.setString(i++, t.type);
                ps.setString(i++, t.category);
                ps.setString(i++, t.priority);
                ps.setString(i++, t.channel);
                ps.setArray(i++, ps.getConnection().createArrayOf("text", t.tags.toArray()));
                ps.setString(i++, t.language);
                ps.setString(i++, t.organisation);
                ps.setString(i++, t.status);
                ps.setTimestamp(i++, Timestamp.from(t.openedAt));
                ps.setString(i++, t.teamId);
                ps.setString(i++, t.agentId);
                ps.setString(i++, t.pendingAgentId);
                ps.setObject(i++, t.pendingCommandId);
                ps.setString(i++, t.need.name());
                ps.setObject(i++, t.needEventId);
                ps.setTimestamp(i++, t.needSince == null ? null : Timestamp.from(t.needSince));
                ps.setInt(i, t.priorityRank());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private static final RowMapper<RoutedTicket> ROW = (rs, n) -> {
        RoutedTicket t = new RoutedTicket(rs.getObject("ticket_id", UUID.class));
        t.type = rs.getString("type");
        t.category = rs.getString("category");
        t.priority = rs.getString("priority");
        t.channel = rs.getString("channel");
        t.tags = new LinkedHashSet<>(strings(rs.getArray("tags")));
        t.language = rs.getString("language");
        t.organisation = rs.getString("organisation");
        t.status = rs.getString("status");
        t.openedAt = instant(rs, "opened_at");
        t.teamId = rs.getString("team_id");
        t.agentId = rs.getString("agent_id");
        t.pendingAgentId = rs.getString("pending_agent_id");
        t.pendingCommandId = rs.getObject("pending_command_id", UUID.class);
        t.need = RoutedTicket.Need.valueOf(rs.getString("need"));
        t.needEventId = rs.getObject("need_event_id", UUID.class);
        t.needSince = instant(rs, "need_since");
        return t;
    };

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
