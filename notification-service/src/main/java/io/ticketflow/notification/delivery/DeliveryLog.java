package io.ticketflow.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.notification.NotificationFailed;
import io.ticketflow.api.notification.NotificationSent;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.messaging.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code delivery} and {@code delivery_attempt} tables: what is to be sent, what was, and every attempt.
 * Outcomes that end a delivery publish {@code NotificationSent} / {@code NotificationFailed} through the outbox in
 * the same transaction, keyed by the ticket (or the recipient when there is none).
 */
@Repository
public class DeliveryLog {

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            notification_id, triggering_event_id, channel, recipient, ticket_id, kind, data::text as data, attempts,
            created_at, lease_id, next_attempt_at as lease_until""";

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private volatile Consumer<NotificationChannel> onRecorded = channel -> {
    };

    DeliveryLog(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** The notification's id: the same for the same event, channel and recipient, however often it comes. */
    public static UUID notificationId(UUID triggeringEventId, NotificationChannel channel, String recipient) {
        return UUID.nameUUIDFromBytes(("ticketflow:notification:" + triggeringEventId + ":" + channel + ":" + recipient)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records deliveries to make, in the caller's transaction; one already recorded (a redelivered event) is left
     * as it is. The channels' workers are woken once the transaction commits.
     */
    public void record(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return;
        }
        Timestamp recordedAt = Timestamp.from(now);
        jdbc.batchUpdate("""
                insert into delivery (notification_id, triggering_event_id, channel, recipient, ticket_id, kind, data,
                                      status, next_attempt_at, occurred_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, 'PENDING', ?, ?, ?)
                on conflict do nothing""", deliveries.stream().map(d -> new Object[] {
                notificationId(d.triggeringEventId(), d.channel(), d.recipient()), d.triggeringEventId(),
                d.channel().name(), d.recipient(), d.ticketId(), d.kind(), json(d.data()), recordedAt,
                Timestamp.from(d.occurredAt()), recordedAt}).toList());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            List<NotificationChannel> channels = deliveries.stream().map(NewDelivery::channel).distinct().toList();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    channels.forEach(onRecorded);
                }
            });
        }
    }

    /** Who to wake when deliveries of a channel were recorded (the worker registers itself). */
    void whenRecorded(Consumer<NotificationChannel> listener) {
        this.onRecorded = listener;
    }

    /**
     * Takes up to {@code limit} due deliveries of a channel for {@code lease}: they are the caller's until then
     * (rows other workers hold are skipped), after which a crashed worker's deliveries are due again.
     */
    List<Delivery> claim(NotificationChannel channel, Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                update delivery set next_attempt_at = ?, lease_id = gen_random_uuid()
                where notification_id in (
                    select notification_id from delivery
                    where channel = ? and status = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at
                    limit ?
                    for update skip locked)
                returning""" + " " + COLUMNS, DeliveryLog::delivery, Timestamp.from(leaseUntil), channel.name(),
                Timestamp.from(now), limit);
    }

    /**
     * Delivered: the log says so and {@code NotificationSent} goes out. Runs in a transaction. Like every outcome,
     * recorded only while the caller's lease holds: false when another worker took the delivery over meanwhile
     * (this send was then a duplicate the receiver drops by id), and nothing is recorded.
     */
    boolean sent(Delivery delivery, DeliveryChannel.Attempt attempt, Instant at, long durationMillis) {
        if (jdbc.update("""
                update delivery set status = 'SENT', attempts = attempts + 1, next_attempt_at = null,
                                    last_detail = ?, finished_at = ?, lease_id = null
                where notification_id = ? and lease_id = ? and status = 'PENDING'""", attempt.detail(),
                Timestamp.from(at), delivery.notificationId(), delivery.leaseId()) == 0) {
            return false;
        }
        attempt(delivery, attempt, at, durationMillis);
        NotificationSent sent = new NotificationSent(delivery.notificationId(), delivery.ticketId(), delivery.channel(),
                delivery.recipient(), delivery.kind(), delivery.triggeringEventId(), at);
        outbox.append(delivery.notificationId(), delivery.triggeringEventId().toString(), key(delivery), sent, at);
        return true;
    }

    /** Not this time: tried again at {@code next}. Runs in a transaction. */
    boolean retryAt(Delivery delivery, DeliveryChannel.Attempt attempt, Instant at, long durationMillis, Instant next) {
        if (jdbc.update("""
                update delivery set attempts = attempts + 1, next_attempt_at = ?, last_detail = ?, lease_id = null
                where notification_id = ? and lease_id = ? and status = 'PENDING'""", Timestamp.from(next),
                attempt.detail(), delivery.notificationId(), delivery.leaseId()) == 0) {
            return false;
        }
        attempt(delivery, attempt, at, durationMillis);
        return true;
    }

    /** Given up: the log says so and {@code NotificationFailed} goes out. Runs in a transaction. */
    boolean failed(Delivery delivery, DeliveryChannel.Attempt attempt, Instant at, long durationMillis) {
        if (jdbc.update("""
                update delivery set status = 'FAILED', attempts = attempts + 1, next_attempt_at = null,
                                    last_detail = ?, finished_at = ?, lease_id = null
                where notification_id = ? and lease_id = ? and status = 'PENDING'""", attempt.detail(),
                Timestamp.from(at), delivery.notificationId(), delivery.leaseId()) == 0) {
            return false;
        }
        attempt(delivery, attempt, at, durationMillis);
        NotificationFailed failed = new NotificationFailed(delivery.notificationId(), delivery.ticketId(),
                delivery.channel(), delivery.recipient(), delivery.kind(), delivery.triggeringEventId(),
                attempt.detail(), delivery.attempts() + 1, at);
        outbox.append(UUID.nameUUIDFromBytes(("ticketflow:notification-failed:" + delivery.notificationId())
                .getBytes(StandardCharsets.UTF_8)), delivery.triggeringEventId().toString(), key(delivery), failed, at);
        return true;
    }

    /** What was (and is to be) sent about a ticket, oldest first. */
    public List<DeliveryRecord> forTicket(UUID ticketId, int limit) {
        return jdbc.query("select " + RECORD_COLUMNS + " from delivery where ticket_id = ? order by created_at,"
                + " notification_id limit ?", DeliveryLog::record, ticketId, limit);
    }

    /** What was (and is to be) sent to a recipient, newest first. */
    public List<DeliveryRecord> forRecipient(String recipient, int limit) {
        return jdbc.query("select " + RECORD_COLUMNS + " from delivery where recipient = ? order by created_at desc,"
                + " notification_id limit ?", DeliveryLog::record, recipient, limit);
    }

    /** Every attempt at one delivery, in order. */
    public List<DeliveryRecord.AttemptRecord> attempts(UUID notificationId) {
        return jdbc.query("""
                select attempt, attempted_at, outcome, status_code, detail, duration_ms from delivery_attempt
                where notification_id = ? order by attempt""", (rs, row) -> new DeliveryRecord.AttemptRecord(
                rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(), rs.getString("outcome"),
                rs.getInt("status_code"), rs.getString("detail"), rs.getLong("duration_ms")), notificationId);
    }

    private static final String RECORD_COLUMNS = """
            notification_id, triggering_event_id, channel, recipient, ticket_id, kind, status, attempts, last_detail,
            created_at, finished_at""";

    private void attempt(Delivery delivery, DeliveryChannel.Attempt attempt, Instant at, long durationMillis) {
        jdbc.update("""
                insert into delivery_attempt (notification_id, attempt, attempted_at, outcome, status_code, detail,
                                              duration_ms)
                values (?, ?, ?, ?, ?, ?, ?)""", delivery.notificationId(), delivery.attempts() + 1, Timestamp.from(at),
                attempt.outcome().name(), attempt.statusCode(), attempt.detail(), durationMillis);
    }

    private static String key(Delivery delivery) {
        return delivery.ticketId() != null ? delivery.ticketId().toString() : delivery.recipient();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("notification_id", UUID.class), rs.getObject("triggering_event_id", UUID.class),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getObject("ticket_id", UUID.class), rs.getString("kind"), data(rs.getString("data")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), rs.getObject("lease_id", UUID.class),
                rs.getTimestamp("lease_until").toInstant());
    }

    private static DeliveryRecord record(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new DeliveryRecord(rs.getObject("notification_id", UUID.class),
                rs.getObject("triggering_event_id", UUID.class), NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getObject("ticket_id", UUID.class), rs.getString("kind"),
                rs.getString("status"), rs.getInt("attempts"), rs.getString("last_detail"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("delivery data must be plain JSON values", e);
        }
    }

    private static Map<String, Object> data(String json) {
        try {
            return JSON.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored delivery data is not a JSON object", e);
        }
    }
}
