package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The tickets open (neither resolved nor closed) at an instant, by status, team and age, read from the tickets'
 * histories ({@code ticket_status_span}) so that any past instant can be asked about as well as now: the span of
 * each ticket valid then says its status, team, priority, type and channel then.
 */
@Component
public class BacklogReport {

    private final JdbcTemplate jdbc;

    BacklogReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Backlog run(Instant asOf, TicketFilter filter) {
        Sql sql = new Sql()
                .add("select status, team_id, " + AgeBucket.caseExpression("age") + " as age, count(*) as tickets"
                        + " from (select s.status, s.team_id, ?::timestamptz - s.opened_at as age"
                        + " from ticket_status_span s"
                        + " where s.valid_from <= ?::timestamptz and (s.valid_to is null or s.valid_to > ?::timestamptz)"
                        + " and s.status not in ('RESOLVED', 'CLOSED')", asOf, asOf, asOf)
                .filter(filter, "s")
                .add(") open_spans group by 1, 2, 3 order by 1, 2 nulls last, 3");
        List<Group> groups = jdbc.query(sql.text(), (row, n) -> new Group(row.getString("status"),
                row.getString("team_id"), AgeBucket.values()[row.getInt("age")].label(), row.getLong("tickets")),
                sql.parameters());
        return new Backlog(asOf, groups.stream().mapToLong(Group::tickets).sum(), groups);
    }

    public record Backlog(Instant asOf, long total, List<Group> groups) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("backlog", Group.class, groups);
        }
    }

    /** @param age the age bucket: {@code <1h}, {@code 1-4h}, {@code 4-24h}, {@code 1-3d}, {@code 3-7d}, {@code >7d} */
    public record Group(String status, String team, String age, long tickets) {
    }
}
