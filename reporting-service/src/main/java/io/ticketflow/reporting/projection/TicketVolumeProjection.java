package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts opened tickets into {@code ticket_volume_hourly}. Unlike {@code ticket_fact} the write is an
 * increment, so it relies on the inbox to see each event once.
 */
@Component
public class TicketVolumeProjection {

    /** Stands in for a dimension an event left out: the ticket still counts, and the key cannot be null. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private static final String ADD_OPENED = """
            insert into ticket_volume_hourly (hour, type, channel, priority, opened)
            values (?, ?, ?, ?, ?)
            on conflict (hour, type, channel, priority)
            do update set opened = ticket_volume_hourly.opened + excluded.opened""";

    // Buckets in key order: two batches (from different partitions) that touch the same buckets then lock
    // their rows in the same order and cannot deadlock.
    private static final Comparator<Bucket> KEY_ORDER = Comparator.comparing(Bucket::hour)
            .thenComparing(Bucket::type).thenComparing(Bucket::channel).thenComparing(Bucket::priority);

    private final JdbcTemplate jdbc;

    public TicketVolumeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(List<Envelope<TicketOpened>> events) {
        if (events.isEmpty()) {
            return;
        }
        // one statement per bucket, not per event: a burst of tickets in one hour is one row update
        Map<Bucket, Integer> counts = new TreeMap<>(KEY_ORDER);
        for (Envelope<TicketOpened> envelope : events) {
            counts.merge(Bucket.of(envelope.payload()), 1, Integer::sum);
        }
        List<Map.Entry<Bucket, Integer>> rows = List.copyOf(counts.entrySet());
        jdbc.batchUpdate(ADD_OPENED, rows, rows.size(), (statement, row) -> {
            Bucket bucket = row.getKey();
            statement.setObject(1, OffsetDateTime.ofInstant(bucket.hour(), ZoneOffset.UTC));
            statement.setString(2, bucket.type());
            statement.setString(3, bucket.channel());
            statement.setString(4, bucket.priority());
            statement.setInt(5, row.getValue());
        });
    }

    record Bucket(Instant hour, String type, String channel, String priority) {

        static Bucket of(TicketOpened opened) {
            // Instant has no zone: truncating it to hours cuts at UTC hour boundaries
            return new Bucket(opened.openedAt().truncatedTo(ChronoUnit.HOURS),
                    name(opened.type()), name(opened.channel()), name(opened.priority()));
        }

        private static String name(Enum<?> value) {
            return value == null ? UNSPECIFIED : value.name();
        }
    }
}
