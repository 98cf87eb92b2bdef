package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketUnlinked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** SQL of the links between tickets, read from either end. */
@Repository
public class TicketLinkRepository {

    private final JdbcTemplate jdbc;

    public TicketLinkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void linked(TicketLinked event, long sequence) {
        jdbc.update("""
                        INSERT INTO ticket_link (ticket_id, linked_sequence, linked_ticket_id, link_type, linked_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (ticket_id, linked_sequence) DO NOTHING""",
                event.ticketId(), sequence, event.linkedTicketId(), event.linkType().name(),
                Timestamp.from(event.linkedAt()));
    }

    void unlinked(TicketUnlinked event, long sequence) {
        // only a link made before this event, and still in force: applying the event twice changes nothing
        jdbc.update("""
                        UPDATE ticket_link SET unlinked_at = ?
                        WHERE ticket_id = ? AND linked_ticket_id = ? AND linked_sequence < ? AND unlinked_at IS NULL""",
                Timestamp.from(event.unlinkedAt()), event.ticketId(), event.linkedTicketId(), sequence);
    }

    /** The ticket's links in force now, both those it made and those made to it, oldest first. */
    public List<TicketLink> of(UUID ticketId) {
        return asOf(ticketId, null);
    }

    /** The ticket's links in force at {@code instant} (null: now), both directions, oldest first. */
    public List<TicketLink> asOf(UUID ticketId, Instant instant) {
        Timestamp at = instant == null ? null : Timestamp.from(instant);
        return jdbc.query("""
                        SELECT linked_ticket_id AS other_ticket_id, link_type, linked_at, TRUE AS made_here
                        FROM ticket_link WHERE ticket_id = ?
                          AND (?::timestamptz IS NULL OR (linked_at <= ? AND (unlinked_at IS NULL OR unlinked_at > ?)))
                          AND (?::timestamptz IS NOT NULL OR unlinked_at IS NULL)
                        UNION ALL
                        SELECT ticket_id, link_type, linked_at, FALSE
                        FROM ticket_link WHERE linked_ticket_id = ?
                          AND (?::timestamptz IS NULL OR (linked_at <= ? AND (unlinked_at IS NULL OR unlinked_at > ?)))
                          AND (?::timestamptz IS NOT NULL OR unlinked_at IS NULL)
                        ORDER BY linked_at, other_ticket_id""",
                (rs, n) -> {
                    TicketLinkType type = TicketLinkType.valueOf(rs.getString("link_type"));
                    return new TicketLink(rs.getObject("other_ticket_id", UUID.class),
                            rs.getBoolean("made_here") ? type : type.inverse(), rs.getTimestamp("linked_at").toInstant());
                },
                ticketId, at, at, at, at, ticketId, at, at, at, at);
    }
}
