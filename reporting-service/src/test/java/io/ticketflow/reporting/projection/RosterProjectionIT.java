package io.ticketflow.reporting.projection;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.reporting.ReportingIntegrationTest;
import io.ticketflow.reporting.messaging.Subscription;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RosterProjectionIT extends ReportingIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void agents_keep_their_capacity_teams_and_availability_and_never_their_name_or_address() {
        String agent = unique("agent");
        // availability first: the agent's registration was dead-lettered, or is simply later on another batch
        publish(agent, T0, new AgentAvailabilityChanged(agent, AgentAvailability.ONLINE, T0));
        publish(agent, T0.plusSeconds(1), new AgentRegistered(agent, "Grace Hopper", "grace@example.org",
                List.of("team-a"), List.of(), List.of("en"), 5, T0.plusSeconds(1)));
        awaitProjected(Subscription.AGENT_EVENTS, publish(agent, T0.plusSeconds(2), new AgentUpdated(agent,
                "Grace Hopper", "grace@example.org", List.of("team-a", "team-b"), List.of(), List.of("en"), 7,
                T0.plusSeconds(2))));

        Map<String, Object> row = jdbc.queryForMap("select agent_id, array_to_string(team_ids, ',') teams, "
                + "max_concurrent_tickets, availability, registered_at, updated_at, row_to_json(a)::text json "
                + "from agent_dim a where agent_id = ?", agent);
        assertThat(row).containsEntry("teams", "team-a,team-b").containsEntry("max_concurrent_tickets", 7)
                .containsEntry("availability", "ONLINE");
        assertThat(((java.sql.Timestamp) row.get("registered_at")).toInstant()).isEqualTo(T0.plusSeconds(1));
        assertThat(((java.sql.Timestamp) row.get("updated_at")).toInstant()).isEqualTo(T0.plusSeconds(2));
        assertThat((String) row.get("json")).doesNotContain("Grace").doesNotContain("grace@");
    }

    @Test
    void a_team_is_named_by_its_latest_definition() {
        String team = unique("team");
        publish(team, T0, new TeamDefined(team, "Billing", null, RoutingStrategy.ROUND_ROBIN, T0));
        awaitProjected(Subscription.AGENT_EVENTS, publish(team, T0.plusSeconds(5),
                new TeamDefined(team, "Billing EMEA", null, RoutingStrategy.MANUAL, T0.plusSeconds(5))));

        assertThat(jdbc.queryForMap("select name, strategy from teams where team_id = ?", team))
                .containsEntry("name", "Billing EMEA").containsEntry("strategy", "MANUAL");
    }
}
