package io.ticketflow.ticket.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Resolved tickets whose resolution period has passed, as the read model knows them. */
@Repository
public class ResolvedTickets {

    private final JdbcTemplate jdbc;

    public ResolvedTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} tickets resolved at or before {@code resolvedBefore}, oldest first, that no
     * instance has claimed since {@code claimExpiredBefore}, and answers their ids. One statement, so the
     * claim commits at once; SKIP LOCKED lets several instances claim disjoint batches side by side.
     */
    public List<UUID> claimResolvedBefore(Instant resolvedBefore, Instant claimExpiredBefore, Instant now,
            int limit) {
        return jdbc.queryForList("""
                UPDATE ticket_view SET auto_close_claimed_at = ?
                WHERE ticket_id IN (
                    SELECT ticket_id FROM ticket_view
                    WHERE status = 'RESOLVED' AND resolved_at <= ?
                      AND (auto_close_claimed_at IS NULL OR auto_close_claimed_at < ?)
                    ORDER BY resolved_at
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)
                RETURNING ticket_id""", UUID.class,
                Timestamp.from(now), Timestamp.from(resolvedBefore), Timestamp.from(claimExpiredBefore), limit);
    }
}
