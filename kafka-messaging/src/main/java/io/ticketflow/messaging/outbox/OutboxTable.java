package io.ticketflow.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.WireHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code outbox} table: what {@link Outbox} writes and {@link OutboxRelay} claims, marks and purges. */
class OutboxTable {

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    /**
     * The oldest unpublished row of each key, and only that one: a later row of a key waits until every earlier
     * one is published, so records of one key reach Kafka in the order they were stored, whichever instance
     * publishes them. Rows another instance has claimed are skipped, and so (by the NOT EXISTS) are the rows
     * behind them. That the ids of one key's rows follow the order of their commits is the appending service's
     * part (see {@link Outbox}).
     */
    private static final String CLAIM = """
            select id, topic, record_key, event_type, revision, event_id, payload::text as payload,
                   headers::text as headers, occurred_at
            from outbox o
            where o.published_at is null
              and not exists (select 1 from outbox earlier
                              where earlier.published_at is null and earlier.topic = o.topic
                                and earlier.record_key = o.record_key and earlier.id < o.id)
            order by o.id
            limit ?
            for update of o skip locked""";

    /**
     * The unpublished rows behind claimed heads (a higher id than their key's head), oldest first. No other
     * instance claims them: the claim above skips every row that has an unpublished row of its key before it,
     * and the heads are locked by the caller. Never a row before a head: one that committed late with a lower
     * id is another round's head.
     */
    private static final String FOLLOWERS = """
            select o.id, o.topic, o.record_key, o.event_type, o.revision, o.event_id, o.payload::text as payload,
                   o.headers::text as headers, o.occurred_at
            from outbox o
            join unnest(?::text[], ?::text[], ?::bigint[]) as head(topic, record_key, id)
              on o.topic = head.topic and o.record_key = head.record_key and o.id > head.id
            where o.published_at is null
            order by o.id
            limit ?
            for update of o""";

    private final JdbcTemplate jdbc;

    OutboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param traceparent the trace context the relay publishes the row in, or null */
    void insert(String topic, Envelope<?> envelope, String traceparent) {
        MessageType type = MessageCatalog.of(envelope.payload().getClass());
        Map<String, String> headers = new LinkedHashMap<>();
        if (traceparent != null) {
            headers.put(WireHeaders.TRACEPARENT, traceparent);
        }
        if (envelope.correlationId() != null) {
            headers.put(WireHeaders.CORRELATION_ID, envelope.correlationId());
        }
        if (envelope.tenant() != null) {
            headers.put(WireHeaders.TENANT, envelope.tenant());
        }
        jdbc.update("""
                insert into outbox (topic, record_key, event_type, revision, event_id, payload, headers, occurred_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""",
                topic, envelope.key(), type.name(), type.revision(), envelope.eventId(),
                new String(JsonCodec.toJson(envelope.payload()), StandardCharsets.UTF_8),
                json(headers), Timestamp.from(envelope.occurredAt()));
    }

    /**
     * Locks and answers the next rows to publish, in id order: up to {@code limit} heads (the oldest unpublished
     * row of their key) and up to {@code limit} rows queued behind them, so a key with a burst of rows (a ticket
     * opened with two clocks, a breach with its escalation) goes out in one round instead of one round per row.
     * The caller's transaction holds them until it ends.
     */
    List<OutboxRow> claim(int limit) {
        List<OutboxRow> heads = jdbc.query(CLAIM, OutboxTable::row, limit);
        if (heads.isEmpty()) {
            return heads;
        }
        List<OutboxRow> rows = new ArrayList<>(heads);
        rows.addAll(jdbc.query(FOLLOWERS, OutboxTable::row,
                heads.stream().map(OutboxRow::topic).toArray(String[]::new),
                heads.stream().map(OutboxRow::key).toArray(String[]::new),
                heads.stream().map(OutboxRow::id).toArray(Long[]::new), limit));
        rows.sort(Comparator.comparingLong(OutboxRow::id));
        return rows;
    }

    void markPublished(Collection<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.update("update outbox set published_at = ? where id = any(?)", Timestamp.from(at),
                    ids.toArray(Long[]::new));
        }
    }

    int deletePublishedBefore(Instant before) {
        return jdbc.update("delete from outbox where published_at < ?", Timestamp.from(before));
    }

    long unpublished() {
        Long count = jdbc.queryForObject("select count(*) from outbox where published_at is null", Long.class);
        return count == null ? 0 : count;
    }

    private static OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                rs.getString("event_type"), rs.getInt("revision"), rs.getObject("event_id", UUID.class),
                rs.getString("payload"), headers(rs.getString("headers")),
                rs.getTimestamp("occurred_at").toInstant());
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers are plain strings", e);
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox headers are not a JSON object of strings", e);
        }
    }
}
