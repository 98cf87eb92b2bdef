package io.ticketflow.reporting.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Per agent (of the roster, or holding or resolving tickets): the tickets assigned to them and open now (load) against their capacity, and what
 * they resolved in the period (throughput, by who was assigned at resolution) with its median resolution time.
 * A team filter selects the agents of those teams; type, priority and channel filter the tickets counted.
 */
@Component
public class AgentReport {

    private final JdbcTemplate jdbc;

    AgentReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Agents run(Period period, TicketFilter filter) {
        List<String> teams = filter.values().get(Dimension.TEAM);
        TicketFilter ticketFilter = filter.without(Dimension.TEAM);
        Sql sql = new Sql()
                .add("with load as (select f.assignee_id as agent_id, count(*) as tickets from ticket_fact f"
                        + " where f.status not in ('RESOLVED', 'CLOSED') and f.assignee_id is not null")
                .filter(ticketFilter, "f")
                .add(" group by 1), resolved as (select f.resolved_by_agent_id as agent_id, count(*) as tickets,"
                        + " round((percentile_cont(0.5) within group (order by f.resolution_seconds))::numeric, 1) as p50"
                        + " from ticket_fact f where f.resolved_by_agent_id is not null")
                .within("f.resolved_at", period).filter(ticketFilter, "f")
                // full joins: an agent who works tickets but is not (yet) in the roster, e.g. one assigned by hand
                // under an id routing does not know, still shows, without teams or capacity
                .add(" group by 1) select coalesce(a.agent_id, l.agent_id, r.agent_id) as agent_id, a.team_ids,"
                        + " a.availability, a.max_concurrent_tickets,"
                        + " coalesce(l.tickets, 0) as load, coalesce(r.tickets, 0) as resolved, r.p50"
                        + " from agent_dim a full join load l on l.agent_id = a.agent_id"
                        + " full join resolved r on r.agent_id = coalesce(a.agent_id, l.agent_id) where true")
                .add(teams == null ? "" : " and a.team_ids && ?::text[]", teams == null ? new Object[0]
                        : new Object[] {teams.toArray(String[]::new)})
                .add(" order by 1");
        List<Agent> agents = jdbc.query(sql.text(), (row, n) -> agent(row), sql.parameters());
        return new Agents(period.from(), period.to(), agents);
    }

    private static Agent agent(ResultSet row) throws SQLException {
        int capacity = row.getInt("max_concurrent_tickets");
        long load = row.getLong("load");
        return new Agent(row.getString("agent_id"), teams(row.getArray("team_ids")), row.getString("availability"),
                load, capacity, Sql.ratio(load, capacity), row.getLong("resolved"), Sql.decimal(row, "p50"));
    }

    private static List<String> teams(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public record Agents(Instant from, Instant to, List<Agent> agents) implements Tabular {

        @Override
        public ReportTable toTable() {
            return ReportTable.of("agents", Agent.class, agents);
        }
    }

    /**
     * @param utilisation load / capacity (above 1 when over capacity), null for an agent who takes no tickets
     * @param medianResolutionSeconds of the tickets resolved in the period, wall time from opening
     */
    public record Agent(String agentId, List<String> teams, String availability, long load, int capacity,
                        Double utilisation, long resolved, Double medianResolutionSeconds) {
    }
}
