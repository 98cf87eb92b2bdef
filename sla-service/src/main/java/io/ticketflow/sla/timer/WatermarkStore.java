package io.ticketflow.sla.timer;

import io.ticketflow.messaging.PartitionProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code consumer_watermark} table: what the ticket-events consumers of every instance report about their
 * partitions ({@link io.ticketflow.messaging.ProgressListener}), and the {@link Watermark} it gives.
 */
@Repository
public class WatermarkStore {

    // A fact never makes a row know less: the latest applied instant only grows (a redelivered batch re-applies
    // nothing), and a fact that only says the partition exists creates the row or leaves it as it is.
    private static final String RECORD = """
            insert into consumer_watermark (topic, kafka_partition, last_occurred_at, caught_up, observed_at)
            values (?, ?, ?, ?, ?)
            on conflict (topic, kafka_partition) do update
            set last_occurred_at = greatest(consumer_watermark.last_occurred_at, excluded.last_occurred_at),
                caught_up = excluded.caught_up,
                observed_at = excluded.observed_at""";

    private static final String CREATE = """
            insert into consumer_watermark (topic, kafka_partition, last_occurred_at, caught_up, observed_at)
            values (?, ?, null, false, ?)
            on conflict (topic, kafka_partition) do nothing""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WatermarkStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what a consumer reported; in the transaction of the batch it describes, when there is one. */
    public void record(List<PartitionProgress> progress) {
        Timestamp now = Timestamp.from(clock.instant());
        // rows locked in one order: two instances briefly reading one partition (a rebalance) wait, never deadlock
        List<PartitionProgress> ordered = progress.stream().sorted(Comparator.comparing(PartitionProgress::topic)
                .thenComparingInt(PartitionProgress::partition)).toList();
        List<PartitionProgress> known = ordered.stream().filter(fact -> !fact.isUnknown()).toList();
        List<PartitionProgress> unknown = ordered.stream().filter(PartitionProgress::isUnknown).toList();
        if (!known.isEmpty()) {
            jdbc.batchUpdate(RECORD, known.stream().map(fact -> new Object[] {fact.topic(), fact.partition(),
                    fact.lastOccurredAt() == null ? null : Timestamp.from(fact.lastOccurredAt()), fact.caughtUp(),
                    now}).toList());
        }
        if (!unknown.isEmpty()) {
            jdbc.batchUpdate(CREATE, unknown.stream().map(fact -> new Object[] {fact.topic(), fact.partition(), now})
                    .toList());
        }
    }

    /** The watermark of {@code topic}'s partitions as recorded now. */
    Optional<Instant> watermark(String topic) {
        return Watermark.of(jdbc.query("""
                select kafka_partition, last_occurred_at, caught_up, observed_at from consumer_watermark
                where topic = ?""", (rs, row) -> new PartitionMark(rs.getInt(1),
                rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getBoolean(3),
                rs.getTimestamp(4).toInstant()), topic));
    }
}
