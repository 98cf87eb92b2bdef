package io.ticketflow.reporting.projection;

import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Folds ticketflow.sla-events into {@code sla_clock_fact}: one select of the batch's clocks, the fold in memory in
 * partition order, one batched upsert. It never looks at the ticket's own fact, so an SLA event projected before
 * its ticket's TicketOpened (another topic) is folded all the same.
 */
class SlaClockProjection {

    private static final String LOAD = "select * from sla_clock_fact where clock_id = any(?)";

    private static final String UPSERT = """
            insert into sla_clock_fact (clock_id, ticket_id, target, policy_id, policy_version, target_seconds,
                                        started_at, deadline, warned_at, breached_at, outcome, ended_at, stop_reason,
                                        elapsed_seconds, version, last_event_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (clock_id) do update set
                policy_id = excluded.policy_id, policy_version = excluded.policy_version,
                target_seconds = excluded.target_seconds, started_at = excluded.started_at,
                deadline = excluded.deadline, warned_at = excluded.warned_at, breached_at = excluded.breached_at,
                outcome = excluded.outcome, ended_at = excluded.ended_at, stop_reason = excluded.stop_reason,
                elapsed_seconds = excluded.elapsed_seconds, version = excluded.version,
                last_event_id = excluded.last_event_id""";

    private final JdbcTemplate jdbc;

    SlaClockProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(EventBatch batch) {
        List<Envelope<SlaEvent>> events = batch.of(SlaEvent.class);
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, SlaClockFact> clocks = load(events.stream().map(e -> e.payload().clockId()).distinct().toList());
        Map<UUID, SlaClockFact> changed = new LinkedHashMap<>();
        for (Envelope<SlaEvent> event : events) {
            UUID clockId = event.payload().clockId();
            SlaClockFact folded = SlaClockFold.apply(clocks.get(clockId), event);
            clocks.put(clockId, folded);
            changed.put(clockId, folded);
        }
        save(new ArrayList<>(changed.values()));
    }

    private Map<UUID, SlaClockFact> load(List<UUID> clockIds) {
        Map<UUID, SlaClockFact> clocks = new LinkedHashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(LOAD);
            Array ids = connection.createArrayOf("uuid", clockIds.toArray());
            statement.setArray(1, ids);
            return statement;
        }, row -> {
            SlaClockFact fact = read(row);
            clocks.put(fact.clockId(), fact);
        });
        return clocks;
    }

    private void save(List<SlaClockFact> facts) {
        jdbc.batchUpdate(UPSERT, facts, facts.size(), (statement, fact) -> {
            statement.setObject(1, fact.clockId());
            statement.setObject(2, fact.ticketId());
            statement.setString(3, fact.target());
            statement.setString(4, fact.policyId());
            statement.setObject(5, fact.policyVersion(), Types.INTEGER);
            statement.setObject(6, seconds(fact.targetDuration()), Types.BIGINT);
            statement.setTimestamp(7, Columns.timestamp(fact.startedAt()));
            statement.setTimestamp(8, Columns.timestamp(fact.deadline()));
            statement.setTimestamp(9, Columns.timestamp(fact.warnedAt()));
            statement.setTimestamp(10, Columns.timestamp(fact.breachedAt()));
            statement.setString(11, fact.outcome());
            statement.setTimestamp(12, Columns.timestamp(fact.endedAt()));
            statement.setString(13, fact.stopReason());
            statement.setObject(14, seconds(fact.elapsed()), Types.BIGINT);
            statement.setLong(15, fact.version());
            statement.setObject(16, fact.lastEventId());
        });
    }

    private static SlaClockFact read(ResultSet row) throws SQLException {
        return new SlaClockFact(
                row.getObject("clock_id", UUID.class),
                row.getObject("ticket_id", UUID.class),
                row.getString("target"),
                row.getString("policy_id"),
                (Integer) row.getObject("policy_version"),
                duration(row, "target_seconds"),
                Columns.instant(row, "started_at"),
                Columns.instant(row, "deadline"),
                Columns.instant(row, "warned_at"),
                Columns.instant(row, "breached_at"),
                SlaClockFact.PAUSED.equals(row.getString("outcome")),
                Columns.instant(row, "ended_at"),
                row.getString("stop_reason"),
                duration(row, "elapsed_seconds"),
                row.getLong("version"),
                row.getObject("last_event_id", UUID.class));
    }

    // whole seconds: what analysts aggregate; the SLA service's own figures keep the precision
    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Duration duration(ResultSet row, String column) throws SQLException {
        long seconds = row.getLong(column);
        return row.wasNull() ? null : Duration.ofSeconds(seconds);
    }
}
