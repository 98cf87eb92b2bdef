package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the {@code tickets} view: one ticket, or a page of them newest first (ties broken by id, so that pages
 * do not overlap). The total is counted on {@code ticket_fact}, which has every column a filter can name,
 * without the view's joins to the SLA clocks.
 */
@Component
public class TicketFacts {

    private final JdbcTemplate jdbc;

    TicketFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TicketFact> find(UUID ticketId) {
        return jdbc.query("select * from tickets where ticket_id = ?", (row, n) -> fact(row), ticketId)
                .stream().findFirst();
    }

    /** @param opened the period the tickets were opened in; null for any time */
    public TicketPage page(Period opened, TicketFilter filter, int page, int size) {
        Sql count = where(new Sql().add("select count(*) from ticket_fact t where true"), opened, filter);
        // the page is cut from ticket_fact and only its rows go through the view, whose SLA columns cost a look-up
        // per row: an offset deep into a million tickets must not pay them for every ticket it skips
        Sql items = where(new Sql().add("with page as (select t.ticket_id, t.opened_at from ticket_fact t where true"),
                opened, filter)
                .add(" order by t.opened_at desc, t.ticket_id limit ? offset ?)", size, (long) page * size)
                .add(" select v.* from page join tickets v on v.ticket_id = page.ticket_id"
                        + " order by page.opened_at desc, page.ticket_id");
        List<TicketFact> facts = jdbc.query(items.text(), (row, n) -> fact(row), items.parameters());
        Long total = jdbc.queryForObject(count.text(), Long.class, count.parameters());
        return new TicketPage(facts, page, size, total == null ? 0 : total);
    }

    private static Sql where(Sql sql, Period opened, TicketFilter filter) {
        if (opened != null) {
            sql.within("t.opened_at", opened);
        }
        return sql.filter(filter, "t");
    }

    private static TicketFact fact(ResultSet row) throws SQLException {
        Long score = Sql.whole(row, "satisfaction_score");
        return new TicketFact(
                row.getObject("ticket_id", UUID.class),
                row.getString("type"),
                row.getString("category"),
                row.getString("priority"),
                row.getString("initial_priority"),
                row.getString("channel"),
                row.getString("status"),
                tags(row.getArray("tags")),
                row.getString("requester_organisation"),
                row.getString("team_id"),
                row.getString("assignee_id"),
                Sql.instant(row, "opened_at"),
                Sql.instant(row, "first_assigned_at"),
                Sql.instant(row, "first_response_at"),
                Sql.instant(row, "first_resolved_at"),
                Sql.instant(row, "resolved_at"),
                Sql.instant(row, "reopened_at"),
                Sql.instant(row, "closed_at"),
                row.getString("resolution_code"),
                row.getString("resolved_by_agent_id"),
                row.getString("close_reason"),
                row.getObject("merged_into", UUID.class),
                row.getInt("pending_count"),
                row.getLong("pending_seconds"),
                row.getInt("on_hold_count"),
                row.getLong("on_hold_seconds"),
                Sql.whole(row, "first_response_seconds"),
                Sql.whole(row, "resolution_seconds"),
                Sql.whole(row, "first_response_business_seconds"),
                Sql.whole(row, "resolution_business_seconds"),
                row.getString("first_response_sla"),
                row.getString("resolution_sla"),
                row.getLong("next_response_sla_met"),
                row.getLong("next_response_sla_breached"),
                row.getInt("public_replies"),
                row.getInt("internal_notes"),
                row.getInt("reopen_count"),
                row.getInt("escalation_count"),
                row.getInt("escalation_level"),
                score == null ? null : score.intValue(),
                Sql.instant(row, "satisfaction_rated_at"),
                Sql.instant(row, "last_event_at"));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** A page of tickets; {@code total} is how many match the filters across all pages. */
    public record TicketPage(List<TicketFact> items, int page, int size, long total) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("tickets", TicketFact.class, items);
        }
    }
}
