package io.ticketflow.reporting;

import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.reporting.messaging.Subscription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgentReportIT extends ReportIntegrationTest {

    @Test
    void load_against_capacity_and_throughput_per_agent_of_a_team() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        String busy = unique("agent");
        String idle = unique("agent");
        register(busy, team, 4, t);
        register(idle, team, 0, t);
        ticket(t).assigned(busy, team, t.plusSeconds(1)).projected();
        ticket(t).assigned(busy, team, t.plusSeconds(1)).projected();
        ticket(t).assigned(busy, team, t.plusSeconds(1)).resolved(busy, t.plus(Duration.ofHours(2))).projected();
        ticket(t).assigned(busy, team, t.plusSeconds(1)).resolved(busy, t.plus(Duration.ofHours(4))).projected();

        report("agents", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents", hasSize(2)))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].load").value(2))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].capacity").value(4))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].utilisation").value(0.5))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].resolved").value(2))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].medianResolutionSeconds").value(10800.0))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + idle + "')].load").value(0))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + idle + "')].utilisation", contains(nullValue())));

        // another period: the load is now's, the throughput that period's
        report("agents", Map.of("from", t.plus(Duration.ofDays(1)).toString(), "to", t.plus(Duration.ofDays(2)).toString(),
                "team", team, "type", "INCIDENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].load").value(2))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + busy + "')].resolved").value(0));
    }

    @Test
    void an_agent_outside_the_roster_who_holds_tickets_is_reported_without_capacity() throws Exception {
        Instant t = someDay();
        String stranger = unique("agent");
        ticket(t).assigned(stranger, unique("team"), t.plusSeconds(1)).projected();

        report("agents", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + stranger + "')].load").value(1))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + stranger + "')].capacity").value(0))
                .andExpect(jsonPath("$.agents[?(@.agentId == '" + stranger + "')].utilisation", contains(nullValue())));
    }

    private void register(String agent, String team, int capacity, Instant at) {
        awaitProjected(Subscription.AGENT_EVENTS, publish(agent, at, new AgentRegistered(agent, "Agent Smith",
                "smith@example.org", List.of(team), List.of(), List.of("en"), capacity, at)));
    }
}
