package io.ticketflow.reporting.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code ticket_fact}, {@code ticket_status_span} and {@code ticket_escalation} as a batch sees them: one select for
 * the facts of its tickets, then one batched upsert per table. Table names are unqualified: they resolve in the
 * generation the connection's search path names.
 */
final class TicketFactTables {

    private static final String LOAD = "select * from ticket_fact where ticket_id = any(?) order by ticket_id for update";

    private static final String UPSERT_FACT = "insert into ticket_fact (" + String.join(", ", TicketFactRow.COLUMNS)
            + ") values (" + TicketFactRow.COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "))
            + ") on conflict (ticket_id) do update set " + TicketFactRow.COLUMNS.stream().skip(1)
            .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));

    // a span's columns are fixed when it begins; later writes of it only end it
    private static final String UPSERT_SPAN = """
            insert into ticket_status_span (ticket_id, seq, status, team_id, assignee_id, priority, type, channel,
                                            opened_at, valid_from, valid_to)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (ticket_id, seq) do update set valid_to = excluded.valid_to""";

    private static final String INSERT_ESCALATION = """
            insert into ticket_escalation (event_id, ticket_id, level, trigger, target_team_id, escalated_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (event_id) do nothing""";

    private final JdbcTemplate jdbc;

    TicketFactTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of {@code ticketIds} that exist, locked until the transaction ends, by ticket id. */
    Map<UUID, TicketFactRow> lock(Collection<UUID> ticketIds) {
        Map<UUID, TicketFactRow> facts = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return facts;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(LOAD);
            statement.setArray(1, connection.createArrayOf("uuid", ticketIds.toArray()));
            return statement;
        }, (ResultSet row) -> {
            TicketFactRow fact = fact(row);
            facts.put(fact.ticketId, fact);
        });
        return facts;
    }

    void write(TicketFactWrites writes) {
        List<TicketFactRow> facts = List.copyOf(writes.facts());
        if (!facts.isEmpty()) {
            jdbc.batchUpdate(UPSERT_FACT, facts, facts.size(), (statement, fact) -> {
                Object[] values = fact.columns();
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, jdbcValue(statement, values[i]));
                }
            });
        }
        List<TicketStatusSpan> spans = List.copyOf(writes.spans());
        if (!spans.isEmpty()) {
            jdbc.batchUpdate(UPSERT_SPAN, spans, spans.size(), (statement, span) -> {
                statement.setObject(1, span.ticketId());
                statement.setInt(2, span.seq());
                statement.setString(3, span.status());
                statement.setString(4, span.teamId());
                statement.setString(5, span.assigneeId());
                statement.setString(6, span.priority());
                statement.setString(7, span.type());
                statement.setString(8, span.channel());
                statement.setTimestamp(9, Columns.timestamp(span.openedAt()));
                statement.setTimestamp(10, Columns.timestamp(span.validFrom()));
                statement.setTimestamp(11, Columns.timestamp(span.validTo()));
            });
        }
        List<TicketEscalationRow> escalations = writes.escalations();
        if (!escalations.isEmpty()) {
            jdbc.batchUpdate(INSERT_ESCALATION, escalations, escalations.size(), (statement, escalation) -> {
                statement.setObject(1, escalation.eventId());
                statement.setObject(2, escalation.ticketId());
                statement.setInt(3, escalation.level());
                statement.setString(4, escalation.trigger());
                statement.setString(5, escalation.targetTeamId());
                statement.setTimestamp(6, Columns.timestamp(escalation.escalatedAt()));
            });
        }
    }

    private static Object jdbcValue(PreparedStatement statement, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof List<?> list) {
            return statement.getConnection().createArrayOf("text", list.toArray());
        }
        return value;
    }

    static TicketFactRow fact(ResultSet row) throws SQLException {
        TicketFactRow fact = new TicketFactRow();
        fact.ticketId = row.getObject("ticket_id", UUID.class);
        fact.type = row.getString("type");
        fact.category = row.getString("category");
        fact.priority = row.getString("priority");
        fact.initialPriority = row.getString("initial_priority");
        fact.channel = row.getString("channel");
        fact.status = row.getString("status");
        fact.tags = texts(row.getArray("tags"));
        fact.requesterOrganisation = row.getString("requester_organisation");
        fact.teamId = row.getString("team_id");
        fact.assigneeId = row.getString("assignee_id");
        fact.openedAt = Columns.instant(row, "opened_at");
        fact.firstAssignedAt = Columns.instant(row, "first_assigned_at");
        fact.firstResponseAt = Columns.instant(row, "first_response_at");
        fact.firstResolvedAt = Columns.instant(row, "first_resolved_at");
        fact.resolvedAt = Columns.instant(row, "resolved_at");
        fact.reopenedAt = Columns.instant(row, "reopened_at");
        fact.closedAt = Columns.instant(row, "closed_at");
        fact.resolutionCode = row.getString("resolution_code");
        fact.resolvedByAgentId = row.getString("resolved_by_agent_id");
        fact.closeReason = row.getString("close_reason");
        fact.mergedInto = row.getObject("merged_into", UUID.class);
        fact.pendingCount = row.getInt("pending_count");
        fact.pendingSeconds = row.getLong("pending_seconds");
        fact.onHoldCount = row.getInt("on_hold_count");
        fact.onHoldSeconds = row.getLong("on_hold_seconds");
        fact.firstResponseSeconds = row.getObject("first_response_seconds", Long.class);
        fact.resolutionSeconds = row.getObject("resolution_seconds", Long.class);
        fact.publicReplies = row.getInt("public_replies");
        fact.internalNotes = row.getInt("internal_notes");
        fact.reopenCount = row.getInt("reopen_count");
        fact.escalationCount = row.getInt("escalation_count");
        fact.escalationLevel = row.getInt("escalation_level");
        fact.satisfactionScore = row.getObject("satisfaction_score", Integer.class);
        fact.satisfactionRatedAt = Columns.instant(row, "satisfaction_rated_at");
        fact.statusSince = Columns.instant(row, "status_since");
        fact.currentSpanSeq = row.getInt("current_span_seq");
        fact.currentSpanFrom = Columns.instant(row, "current_span_from");
        fact.version = row.getLong("version");
        fact.lastEventId = row.getObject("last_event_id", UUID.class);
        fact.lastEventAt = Columns.instant(row, "last_event_at");
        return fact;
    }

    static TicketStatusSpan span(ResultSet row) throws SQLException {
        return new TicketStatusSpan(row.getObject("ticket_id", UUID.class), row.getInt("seq"),
                row.getString("status"), row.getString("team_id"), row.getString("assignee_id"),
                row.getString("priority"), row.getString("type"), row.getString("channel"),
                Columns.instant(row, "opened_at"), Columns.instant(row, "valid_from"), Columns.instant(row, "valid_to"));
    }

    static TicketEscalationRow escalation(ResultSet row) throws SQLException {
        return new TicketEscalationRow(row.getObject("event_id", UUID.class), row.getObject("ticket_id", UUID.class),
                row.getInt("level"), row.getString("trigger"), row.getString("target_team_id"),
                Columns.instant(row, "escalated_at"));
    }


    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
