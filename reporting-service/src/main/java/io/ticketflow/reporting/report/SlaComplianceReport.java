package io.ticketflow.reporting.report;

import io.ticketflow.api.sla.SlaTarget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SLA outcomes per target of the clocks started in the period: met, breached, still running, paused, stopped
 * (ended by resolution or closure before the deadline, neither met nor breached), and compliance =
 * met / (met + breached). Clocks are joined to their ticket's facts only to filter by its dimensions.
 */
@Component
public class SlaComplianceReport {

    private final JdbcTemplate jdbc;

    SlaComplianceReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SlaCompliance run(Period period, TicketFilter filter) {
        Sql sql = new Sql()
                .add("select c.target, " + OUTCOME_COUNTS + " from sla_clock_fact c"
                        + " left join ticket_fact f on f.ticket_id = c.ticket_id where true")
                .within("c.started_at", period).filter(filter, "f")
                .add(" group by c.target");
        Map<String, Target> found = jdbc.query(sql.text(), (row, n) -> new Target(row.getString("target"),
                        row.getLong("met"), row.getLong("breached"), row.getLong("running"), row.getLong("paused"),
                        row.getLong("stopped"), Sql.ratio(row.getLong("met"), row.getLong("met") + row.getLong("breached"))),
                        sql.parameters())
                .stream().collect(Collectors.toMap(Target::target, Function.identity()));
        List<Target> targets = Arrays.stream(SlaTarget.values())
                .map(target -> found.getOrDefault(target.name(), new Target(target.name(), 0, 0, 0, 0, 0, null)))
                .toList();
        return new SlaCompliance(period.from(), period.to(), targets);
    }

    static final String OUTCOME_COUNTS = "count(*) filter (where c.outcome = 'MET') as met, "
            + "count(*) filter (where c.outcome = 'BREACHED') as breached, "
            + "count(*) filter (where c.outcome = 'RUNNING') as running, "
            + "count(*) filter (where c.outcome = 'PAUSED') as paused, "
            + "count(*) filter (where c.outcome = 'STOPPED') as stopped";

    public record SlaCompliance(Instant from, Instant to, List<Target> targets) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("sla-compliance", Target.class, targets);
        }
    }

    /** @param compliance met / (met + breached), null while neither happened */
    public record Target(String target, long met, long breached, long running, long paused, long stopped,
                         Double compliance) {
    }
}
