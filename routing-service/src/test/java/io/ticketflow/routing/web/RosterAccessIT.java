package io.ticketflow.routing.web;

import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * routing-service checks every token itself, whatever reaches its port: the gateway's rows for agents, teams and
 * routing again, with real tokens of the test issuer. A refused change leaves the roster and the rules as they were.
 */
class RosterAccessIT extends RosterIntegrationTest {

    private static final List<String> READERS = List.of("agent", "supervisor", "admin");
    private static final List<String> WRITERS = List.of("supervisor", "admin");
    private static final List<String> ROLES = List.of("agent", "supervisor", "admin", "analyst", "requester", "system");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ticketflow.testkit.spring.SpringIssuer#refusedTokens")
    void a_missing_or_refused_token_is_a_401_problem_and_changes_nothing(String what, String authorization)
            throws Exception {
        String teamId = unique("refused");

        mvc.perform(MockMvcRequestBuilders.get("/api/agents").with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(json(MockMvcRequestBuilders.post("/api/teams"), Map.of("teamId", teamId, "name", "Refused"))
                        .with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized());

        get("/api/teams/" + teamId).andExpect(status().isNotFound());
    }

    @Test
    void staff_read_the_roster_and_the_rules_and_no_one_else_does() throws Exception {
        for (String role : ROLES) {
            int expected = READERS.contains(role) ? 200 : 403;
            for (String path : List.of("/api/agents", "/api/teams", "/api/routing/rules")) {
                mvc.perform(MockMvcRequestBuilders.get(path).with(as(role))).andExpect(status().is(expected));
            }
        }
    }

    @Test
    void only_supervisors_and_admins_change_the_roster() throws Exception {
        String team = team("access");
        for (String role : ROLES) {
            String teamId = unique(role);
            String agentId = unique(role);
            var teamCreated = mvc.perform(json(MockMvcRequestBuilders.post("/api/teams"),
                    Map.of("teamId", teamId, "name", "Team " + role)).with(as(role)));
            var agentCreated = mvc.perform(json(MockMvcRequestBuilders.post("/api/agents"), agentBody(agentId, team))
                    .with(as(role)));
            if (WRITERS.contains(role)) {
                teamCreated.andExpect(status().isCreated());
                agentCreated.andExpect(status().isCreated());
            } else {
                teamCreated.andExpect(status().isForbidden())
                        .andExpect(content().contentType("application/problem+json"));
                agentCreated.andExpect(status().isForbidden());
                get("/api/teams/" + teamId).andExpect(status().isNotFound());
                get("/api/agents/" + agentId).andExpect(status().isNotFound());
            }
        }
    }

    @Test
    void an_agent_changes_neither_the_rules_nor_the_teams_nor_anothers_availability() throws Exception {
        String team = team("kept");
        String agentId = agent("kept", team);
        String colleague = agent("colleague", team);
        String rulesBefore = get("/api/routing/rules").andReturn().getResponse().getContentAsString();
        String agentBefore = get("/api/agents/" + agentId).andReturn().getResponse().getContentAsString();
        String colleagueBefore = get("/api/agents/" + colleague).andReturn().getResponse().getContentAsString();

        for (String role : List.of("agent", "analyst")) {
            RequestPostProcessor caller = role.equals("agent") ? SpringIssuer.as(agentId, "agent") : as(role);
            mvc.perform(json(MockMvcRequestBuilders.put("/api/routing/rules"), "{\"rules\": []}").with(caller))
                    .andExpect(status().isForbidden());
            mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + colleague + "/availability"),
                            Map.of("availability", "OFFLINE")).with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType("application/problem+json"));
            mvc.perform(json(MockMvcRequestBuilders.put("/api/teams/" + team), Map.of("teamId", team, "name", "Renamed"))
                            .with(caller))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + agentId + "/availability"),
                        Map.of("availability", "OFFLINE")).with(as("analyst")))
                .andExpect(status().isForbidden());

        assertThat(get("/api/routing/rules").andReturn().getResponse().getContentAsString()).isEqualTo(rulesBefore);
        assertThat(get("/api/agents/" + agentId).andReturn().getResponse().getContentAsString()).isEqualTo(agentBefore);
        assertThat(get("/api/agents/" + colleague).andReturn().getResponse().getContentAsString())
                .isEqualTo(colleagueBefore);
    }

    @Test
    void an_agent_sets_their_own_availability() throws Exception {
        String agentId = agent("own", team("own"));

        mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + agentId + "/availability"),
                        Map.of("availability", "AWAY")).with(SpringIssuer.as(agentId, "agent")))
                .andExpect(status().isOk());

        assertThat(get("/api/agents/" + agentId).andReturn().getResponse().getContentAsString())
                .contains("\"availability\":\"AWAY\"");
    }

    @Test
    void health_answers_without_a_token_and_metrics_need_one() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health/liveness").with(SpringIssuer.authorization(null)))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(SpringIssuer.authorization(null)))
                .andExpect(status().isUnauthorized());
        get("/actuator/prometheus").andExpect(status().isOk());
    }

    private static RequestPostProcessor as(String role) {
        return SpringIssuer.as("user-" + role, role);
    }
}
