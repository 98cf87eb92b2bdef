package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Customer satisfaction of the tickets rated in the period (their latest rating): how many were rated, the
 * average score and how many gave each score from 1 to 5, overall or per group.
 */
@Component
public class SatisfactionReport {

    public static final List<Dimension> GROUPS =
            List.of(Dimension.TEAM, Dimension.TYPE, Dimension.PRIORITY, Dimension.CHANNEL);

    private final JdbcTemplate jdbc;

    SatisfactionReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param groupBy null for one overall row (answered even when nothing was rated) */
    public Satisfaction run(Period period, Dimension groupBy, TicketFilter filter) {
        Sql sql = new Sql()
                .add("select " + (groupBy == null ? "null::text" : "f." + groupBy.column()) + " as grp, "
                        + "count(*) as rated, round(avg(f.satisfaction_score), 2) as average, "
                        + "count(*) filter (where f.satisfaction_score = 1) as score1, "
                        + "count(*) filter (where f.satisfaction_score = 2) as score2, "
                        + "count(*) filter (where f.satisfaction_score = 3) as score3, "
                        + "count(*) filter (where f.satisfaction_score = 4) as score4, "
                        + "count(*) filter (where f.satisfaction_score = 5) as score5 "
                        + "from ticket_fact f where f.satisfaction_score is not null")
                .within("f.satisfaction_rated_at", period).filter(filter, "f")
                .add(groupBy == null ? "" : " group by 1 order by 1 nulls last");
        List<Group> groups = jdbc.query(sql.text(), (row, n) -> new Group(row.getString("grp"), row.getLong("rated"),
                Sql.decimal(row, "average"), row.getLong("score1"), row.getLong("score2"), row.getLong("score3"),
                row.getLong("score4"), row.getLong("score5")), sql.parameters());
        return new Satisfaction(period.from(), period.to(), groupBy == null ? null : groupBy.parameter(), groups);
    }

    /** @param groupBy the dimension of each group, or null when there is one overall group */
    public record Satisfaction(Instant from, Instant to, String groupBy, List<Group> groups) implements Tabular {

        @Override
        public ReportTable toTable() {
            ReportTable table = ReportTable.of("satisfaction", Group.class, groups);
            return groupBy == null ? table.without(List.of("group")) : table.renamed(Map.of("group", groupBy));
        }
    }

    /** @param average null when nothing was rated */
    public record Group(String group, long rated, Double average, long score1, long score2, long score3,
                        long score4, long score5) {
    }
}
