package io.ticketflow.ticket.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Runs ticket searches ({@link TicketSearchSql}) against {@code ticket_view}. */
@Repository
public class TicketSearchRepository {

    private final JdbcTemplate jdbc;

    public TicketSearchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page and the total from one snapshot (repeatable read), so the projection writing in between
     * cannot make the total disagree with the rows.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TicketPage search(TicketSearch search) {
        TicketSearchSql.Statement count = TicketSearchSql.count(search);
        long total = jdbc.queryForObject(count.sql(), Long.class, count.arguments());
        if (search.offset() >= total) {
            return TicketPage.of(List.of(), search, total);
        }
        TicketSearchSql.Statement page = TicketSearchSql.page(search);
        return TicketPage.of(jdbc.query(page.sql(), SUMMARY, page.arguments()), search, total);
    }

    private static final RowMapper<TicketSummary> SUMMARY = (rs, n) -> new TicketSummary(
            rs.getObject("ticket_id", UUID.class),
            rs.getString("subject"),
            rs.getString("status"),
            rs.getString("priority"),
            rs.getString("type"),
            rs.getString("channel"),
            rs.getString("assignee_id"),
            rs.getString("team_id"),
            rs.getString("requester_email"),
            rs.getString("requester_organisation"),
            TicketViewRepository.strings(rs.getArray("tags")),
            rs.getInt("escalation_level"),
            TicketViewRepository.instant(rs, "opened_at"),
            TicketViewRepository.instant(rs, "updated_at"));
}
