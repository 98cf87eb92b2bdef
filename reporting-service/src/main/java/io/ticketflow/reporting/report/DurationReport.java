package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How long tickets took to a first response or to resolution, per group: count, average, median and 90th
 * percentile in seconds, in wall time (from the ticket's milestones) and in business time (the SLA clock's
 * elapsed time, from the {@code tickets} view; only tickets whose clock has ended have one).
 */
@Component
public class DurationReport {

    /** What is measured, and which tickets count: those that reached the milestone within the period. */
    public enum Measure {
        FIRST_RESPONSE("response-times", "first_response_at", "first_response_seconds",
                "first_response_business_seconds"),
        RESOLUTION("resolution-times", "resolved_at", "resolution_seconds", "resolution_business_seconds");

        private final String report;
        private final String reachedAt;
        private final String wall;
        private final String business;

        Measure(String report, String reachedAt, String wall, String business) {
            this.report = report;
            this.reachedAt = reachedAt;
            this.wall = wall;
            this.business = business;
        }
    }

    public static final List<Dimension> GROUPS = List.of(Dimension.TEAM, Dimension.TYPE, Dimension.PRIORITY);

    private final JdbcTemplate jdbc;

    DurationReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Durations run(Measure measure, Period period, Dimension groupBy, TicketFilter filter) {
        Sql sql = new Sql()
                .add("select t." + groupBy.column() + " as grp, count(*) as tickets, "
                        + statistics("t." + measure.wall, "wall") + ", count(t." + measure.business + ") as business_tickets, "
                        + statistics("t." + measure.business, "business")
                        + " from tickets t where t." + measure.wall + " is not null")
                .within("t." + measure.reachedAt, period).filter(filter, "t")
                .add(" group by 1 order by 1 nulls last");
        List<Group> groups = jdbc.query(sql.text(), (row, n) -> new Group(row.getString("grp"),
                row.getLong("tickets"), seconds(row, "wall", row.getLong("tickets")),
                seconds(row, "business", row.getLong("business_tickets"))), sql.parameters());
        return new Durations(measure.report, period.from(), period.to(), groupBy.parameter(), groups);
    }

    /** Average, median and 90th percentile of {@code column}, rounded to tenths of a second. */
    static String statistics(String column, String prefix) {
        return "round(avg(" + column + ")::numeric, 1) as " + prefix + "_average, "
                + "round((percentile_cont(0.5) within group (order by " + column + "))::numeric, 1) as " + prefix + "_p50, "
                + "round((percentile_cont(0.9) within group (order by " + column + "))::numeric, 1) as " + prefix + "_p90";
    }

    private static Seconds seconds(ResultSet row, String prefix, long tickets) throws SQLException {
        return new Seconds(tickets, Sql.decimal(row, prefix + "_average"), Sql.decimal(row, prefix + "_p50"),
                Sql.decimal(row, prefix + "_p90"));
    }

    public record Durations(String report, Instant from, Instant to, String groupBy, List<Group> groups)
            implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of(report, Group.class, groups).renamed(Map.of("group", groupBy));
        }
    }

    /** @param group the team, type or priority; null for tickets without one (no team yet) */
    public record Group(String group, long tickets, Seconds wall, Seconds business) {
    }

    /** @param tickets how many tickets the figures are over (business time: those with an ended clock) */
    public record Seconds(long tickets, Double average, Double p50, Double p90) {
    }
}
