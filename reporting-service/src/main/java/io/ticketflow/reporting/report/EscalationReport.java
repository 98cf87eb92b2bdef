package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Escalations in the period by what triggered them (MANUAL, SLA_WARNING, SLA_BREACH) and the level reached. */
@Component
public class EscalationReport {

    private final JdbcTemplate jdbc;

    EscalationReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Escalations run(Period period, TicketFilter filter) {
        Sql sql = new Sql()
                .add("select e.trigger, e.level, count(*) as escalations from ticket_escalation e"
                        + " left join ticket_fact f on f.ticket_id = e.ticket_id where true")
                .within("e.escalated_at", period).filter(filter, "f")
                .add(" group by 1, 2 order by 1, 2");
        List<Group> groups = jdbc.query(sql.text(), (row, n) -> new Group(row.getString("trigger"), row.getInt("level"),
                row.getLong("escalations")), sql.parameters());
        return new Escalations(period.from(), period.to(), groups.stream().mapToLong(Group::escalations).sum(), groups);
    }

    public record Escalations(Instant from, Instant to, long total, List<Group> groups) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("escalations", Group.class, groups);
        }
    }

    public record Group(String trigger, int level, long escalations) {
    }
}
