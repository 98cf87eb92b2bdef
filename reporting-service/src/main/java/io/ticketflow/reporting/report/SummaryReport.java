package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The headline figures of a period in one statement: one single-row subquery per milestone column, so that each
 * can use that column's index rather than all of them scanning every ticket. Each figure counts the tickets whose
 * milestone lies in the period (opened, resolved, closed, reopened, rated); the backlog is open tickets now.
 */
@Component
public class SummaryReport {

    private final JdbcTemplate jdbc;

    SummaryReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Summary run(Period period, TicketFilter filter) {
        Sql sql = new Sql().add("select * from (select count(*) as opened from ticket_fact f where true")
                .within("f.opened_at", period).filter(filter, "f")
                .add(") opened cross join (select count(*) as first_responses, "
                        + DurationReport.statistics("f.first_response_seconds", "first_response")
                        + " from ticket_fact f where f.first_response_seconds is not null")
                .within("f.first_response_at", period).filter(filter, "f")
                .add(") first_response cross join (select count(*) as resolved, "
                        + DurationReport.statistics("f.resolution_seconds", "resolution")
                        + " from ticket_fact f where true")
                .within("f.resolved_at", period).filter(filter, "f")
                .add(") resolved cross join (select count(*) as closed from ticket_fact f where true")
                .within("f.closed_at", period).filter(filter, "f")
                .add(") closed cross join (select count(*) as reopened from ticket_fact f where true")
                .within("f.reopened_at", period).filter(filter, "f")
                .add(") reopened cross join (select count(*) as first_resolved,"
                        + " count(*) filter (where f.reopen_count > 0) as first_resolved_reopened"
                        + " from ticket_fact f where true")
                .within("f.first_resolved_at", period).filter(filter, "f")
                .add(") first_resolved cross join (select count(*) as backlog from ticket_fact f"
                        + " where f.status not in ('RESOLVED', 'CLOSED')")
                .filter(filter, "f")
                .add(") backlog cross join (select count(*) as rated, round(avg(f.satisfaction_score), 2) as satisfaction"
                        + " from ticket_fact f where f.satisfaction_score is not null")
                .within("f.satisfaction_rated_at", period).filter(filter, "f")
                .add(") satisfaction cross join (select " + SlaComplianceReport.OUTCOME_COUNTS
                        + " from sla_clock_fact c left join ticket_fact f on f.ticket_id = c.ticket_id where true")
                .within("c.started_at", period).filter(filter, "f")
                .add(") sla cross join (select count(*) as escalations from ticket_escalation e"
                        + " left join ticket_fact f on f.ticket_id = e.ticket_id where true")
                .within("e.escalated_at", period).filter(filter, "f")
                .add(") escalations");
        return jdbc.queryForObject(sql.text(), (row, n) -> summary(period, row), sql.parameters());
    }

    private static Summary summary(Period period, ResultSet row) throws SQLException {
        long met = row.getLong("met");
        long breached = row.getLong("breached");
        return new Summary(period.from(), period.to(), row.getLong("opened"), row.getLong("resolved"),
                row.getLong("closed"), row.getLong("reopened"),
                Sql.ratio(row.getLong("first_resolved_reopened"), row.getLong("first_resolved")),
                row.getLong("backlog"),
                times(row, "first_response", row.getLong("first_responses")),
                times(row, "resolution", row.getLong("resolved")),
                met, breached, Sql.ratio(met, met + breached),
                row.getLong("rated"), Sql.decimal(row, "satisfaction"), row.getLong("escalations"));
    }

    private static Times times(ResultSet row, String prefix, long tickets) throws SQLException {
        return new Times(tickets, Sql.decimal(row, prefix + "_average"), Sql.decimal(row, prefix + "_p50"));
    }

    /**
     * @param reopenRate of the tickets first resolved in the period, the share reopened since
     * @param backlog    tickets open now (not resolved or closed), whatever the period
     * @param slaMet     SLA clocks started in the period, of every target, that were met
     * @param slaCompliance slaMet / (slaMet + slaBreached), null while neither happened
     */
    public record Summary(Instant from, Instant to, long opened, long resolved, long closed, long reopened,
                          Double reopenRate, long backlog, Times firstResponse, Times resolution, long slaMet,
                          long slaBreached, Double slaCompliance, long satisfactionRated, Double satisfactionAverage,
                          long escalations) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("summary", Summary.class, List.of(this));
        }
    }

    /** Wall-clock seconds from opening, over the tickets that reached the milestone in the period. */
    public record Times(long tickets, Double averageSeconds, Double medianSeconds) {
    }
}
