package io.ticketflow.reporting.rebuild;

import io.ticketflow.reporting.generation.GenerationLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code projection_rebuild} rows of the live generation: the one-at-a-time claim, progress and outcome. Every
 * change of state is guarded by the states it may come from ({@link RebuildState#canBecome}), so an instance that
 * lost its claim cannot overwrite what another one decided. Timestamps are the database's, the one clock every
 * instance shares, because heartbeats are compared across instances.
 */
class Rebuilds {

    private static final TypeReference<Map<String, PartitionPosition>> PROGRESS = new TypeReference<>() {
    };

    private static final String COLUMNS = """
            rebuild_id, state, requested_at, heartbeat_at, finished_at, events_replayed, events_skipped, progress,
            failure""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final RowMapper<RebuildStatus> rows;

    Rebuilds(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.rows = (rs, row) -> RebuildStatus.of(rs.getObject("rebuild_id", UUID.class),
                RebuildState.valueOf(rs.getString("state")), instant(rs.getObject("requested_at", OffsetDateTime.class)),
                instant(rs.getObject("heartbeat_at", OffsetDateTime.class)),
                instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getLong("events_replayed"),
                rs.getLong("events_skipped"), partitions(rs.getString("progress")), rs.getString("failure"));
    }

    /** A new rebuild, or the one that is running. */
    sealed interface Claim {
    }

    record Claimed(RebuildStatus rebuild, List<UUID> abandoned) implements Claim {
    }

    record AlreadyRunning(RebuildStatus rebuild) implements Claim {
    }

    /**
     * Claims the one running slot, first abandoning a running rebuild whose instance has not been heard of for
     * {@code abandonAfter}. Takes the generation lock shared first, like a live batch: a claim that meets a swap
     * waits for it and then reads and writes the generation it swapped in, never the one it dropped.
     */
    Claim claim(Duration abandonAfter) {
        return transactions.execute(status -> {
            GenerationLock.shared(jdbc);
            List<UUID> abandoned = jdbc.queryForList("""
                    update projection_rebuild set state = 'ABANDONED', finished_at = now(),
                           failure = ?
                    where state in ('REPLAYING', 'SWAPPING') and heartbeat_at < now() - make_interval(secs => ?)
                    returning rebuild_id""", UUID.class, "no heartbeat for " + abandonAfter + ": its instance stopped",
                    abandonAfter.toMillis() / 1000.0);
            UUID id = UUID.randomUUID();
            // the partial unique index lets one running row in; a second claim, even a concurrent one, inserts nothing
            int inserted = jdbc.update("""
                    insert into projection_rebuild (rebuild_id, state, requested_at, heartbeat_at)
                    values (?, 'REPLAYING', now(), now())
                    on conflict do nothing""", id);
            if (inserted == 0) {
                return running().<Claim>map(AlreadyRunning::new)
                        .orElseThrow(() -> new IllegalStateException("no rebuild inserted and none running"));
            }
            return new Claimed(find(id).orElseThrow(), abandoned);
        });
    }

    /** Writes progress and heartbeat; false when the rebuild no longer replays (abandoned by another instance). */
    boolean heartbeat(UUID id, ReplayProgress progress) {
        return jdbc.update("""
                update projection_rebuild set heartbeat_at = now(), events_replayed = ?, events_skipped = ?,
                       progress = ?::jsonb
                where rebuild_id = ? and state = 'REPLAYING'""",
                progress.replayed(), progress.skipped(), json(progress), id) == 1;
    }

    /** Moves a rebuild on, with its last progress; false when it was not in a state it may move from. */
    boolean moveTo(UUID id, RebuildState next, ReplayProgress progress) {
        return jdbc.update("""
                update projection_rebuild set state = ?, heartbeat_at = now(), events_replayed = ?,
                       events_skipped = ?, progress = ?::jsonb,
                       finished_at = case when ? then now() end
                where rebuild_id = ? and state = any(?)""",
                next.name(), progress.replayed(), progress.skipped(), json(progress), !next.running(), id,
                states(RebuildState.before(next))) == 1;
    }

    /** Ends a rebuild as failed; false when it had ended already (or was abandoned), in which case nothing changes. */
    boolean fail(UUID id, String reason) {
        return jdbc.update("""
                update projection_rebuild set state = 'FAILED', finished_at = now(), failure = ?
                where rebuild_id = ? and state = any(?)""",
                reason, id, states(RebuildState.before(RebuildState.FAILED))) == 1;
    }

    Optional<RebuildStatus> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from projection_rebuild where rebuild_id = ?", rows, id).stream()
                .findFirst();
    }

    Optional<RebuildStatus> running() {
        return jdbc.query("select " + COLUMNS + " from projection_rebuild where state in ('REPLAYING', 'SWAPPING')",
                rows).stream().findFirst();
    }

    List<RebuildStatus> latestFirst(int limit) {
        return jdbc.query("select " + COLUMNS + " from projection_rebuild order by requested_at desc, rebuild_id"
                + " limit ?", rows, limit);
    }

    private static String[] states(List<String> states) {
        return states.toArray(String[]::new);
    }

    private String json(ReplayProgress progress) {
        return json.writeValueAsString(progress.snapshot().stream().collect(Collectors.toMap(
                position -> position.topic() + "-" + position.partition(), position -> position,
                (a, b) -> a, LinkedHashMap::new)));
    }

    private List<PartitionPosition> partitions(String progress) {
        return json.readValue(progress, PROGRESS).values().stream()
                .sorted(Comparator.comparing(PartitionPosition::topic).thenComparingInt(PartitionPosition::partition))
                .toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
