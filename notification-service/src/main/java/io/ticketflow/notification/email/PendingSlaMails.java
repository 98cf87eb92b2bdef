package io.ticketflow.notification.email;

import io.ticketflow.api.wire.JsonCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The {@code pending_sla_mail} table: SLA events that had no one to mail yet. The topics are consumed on their
 * own, so a warning can be consumed before the ticket it is about, and an unassigned ticket has no owner to warn;
 * such an event waits here until the ticket's assignment is projected, and is then mailed as if it came then.
 */
@Repository
class PendingSlaMails {

    private final JdbcTemplate jdbc;

    PendingSlaMails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises, until the transaction ends, the ticket-events and sla-events consumers' work on one ticket's
     * waiting mails (a transaction-scoped advisory lock on the ticket).
     */
    void lock(UUID ticketId) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", Object.class,
                ticketId.getMostSignificantBits() ^ ticketId.getLeastSignificantBits());
    }

    void keep(UUID eventId, UUID ticketId, Object slaEvent, String eventType, Instant occurredAt) {
        jdbc.update("""
                insert into pending_sla_mail (event_id, ticket_id, event_type, payload, occurred_at)
                values (?, ?, ?, ?::jsonb, ?)
                on conflict do nothing""", eventId, ticketId, eventType,
                new String(JsonCodec.toJson(slaEvent), StandardCharsets.UTF_8), Timestamp.from(occurredAt));
    }

    /** Takes the ticket's waiting events, oldest first: they are decided now, or dropped with a closed ticket. */
    List<Pending> take(UUID ticketId) {
        return jdbc.query("""
                delete from pending_sla_mail where ticket_id = ?
                returning event_id, event_type, payload::text as payload, occurred_at""",
                (rs, row) -> new Pending(rs.getObject("event_id", UUID.class),
                        JsonCodec.fromJson(rs.getString("payload").getBytes(StandardCharsets.UTF_8),
                                rs.getString("event_type")),
                        rs.getTimestamp("occurred_at").toInstant()), ticketId)
                .stream().sorted(Comparator.comparing(Pending::occurredAt)).toList();
    }

    /** An SLA event waiting for its ticket's owner. */
    record Pending(UUID eventId, Object event, Instant occurredAt) {
    }
}
