package io.ticketflow.routing.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.routing.RosterIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/teams} against real PostgreSQL and Kafka: every endpoint, every refusal. */
class TeamApiIT extends RosterIntegrationTest {

    @Test
    void a_defined_team_is_201_with_location_etag_and_the_default_strategy_and_reads_the_same() throws Exception {
        String teamId = unique("billing");

        JsonNode created = read(post("/api/teams", Map.of("teamId", teamId, "name", "Billing"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/teams/" + teamId))
                .andExpect(header().string("ETag", "\"1\"")));

        assertThat(created.path("name").asText()).isEqualTo("Billing");
        assertThat(created.path("strategy").asText()).isEqualTo("SKILLS_LEAST_LOADED");
        assertThat(created.path("supervisorAgentId").isNull()).isTrue();
        assertThat(read(get("/api/teams/" + teamId).andExpect(status().isOk()))).isEqualTo(created);
        assertThat(read(get("/api/teams").andExpect(status().isOk())).path("teams").findValuesAsText("teamId"))
                .contains(teamId);
    }

    @Test
    void a_team_is_redefined_whole_with_a_supervisor_and_guarded_by_its_version() throws Exception {
        String teamId = team("network");
        String lead = agent("lead", teamId);
        Map<String, Object> redefined = Map.of("name", "Network", "supervisorAgentId", lead, "strategy", "ROUND_ROBIN");

        JsonNode team = read(mvc.perform(json(MockMvcRequestBuilders.put("/api/teams/" + teamId), redefined)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")));

        assertThat(team.path("supervisorAgentId").asText()).isEqualTo(lead);
        assertThat(team.path("strategy").asText()).isEqualTo("ROUND_ROBIN");
        refused(put("/api/teams/" + teamId, with(redefined, "version", 1)), 409, "version")
                .andExpect(jsonPath("$.version").value(2));
        assertThat(read(get("/api/agents?team=" + teamId)).path("agents").findValuesAsText("agentId"))
                .containsExactly(lead);
    }

    @Test
    void refusals_are_problems_naming_the_field() throws Exception {
        String taken = team("taken");
        String teamId = unique("new");
        refused(post("/api/teams", Map.of("teamId", taken, "name", "Again")), 409, "teamId");
        refused(post("/api/teams", Map.of("teamId", teamId, "name", "X", "supervisorAgentId", unique("ghost"))),
                400, "supervisorAgentId");
        refused(post("/api/teams", Map.of("teamId", teamId, "name", "X", "strategy", "RANDOM")), 400, "strategy");
        refused(post("/api/teams", Map.of("teamId", teamId, "name", " ")), 400, "name");
        refused(post("/api/teams", Map.of("teamId", "Team One", "name", "X")), 400, "teamId");
        refused(post("/api/teams", Map.of("name", "X")), 400, "teamId");
        refused(post("/api/teams", Map.of("teamId", teamId, "name", "X", "members", "all")), 400, "members");
        refused(put("/api/teams/" + taken, Map.of("teamId", teamId, "name", "X")), 400, "teamId");
        refused(put("/api/teams/" + taken, Map.of("name", "X", "supervisorAgentId", unique("ghost"))), 400,
                "supervisorAgentId");
        refused(put("/api/teams/" + teamId, Map.of("name", "X")), 404, null).andExpect(jsonPath("$.teamId").value(teamId));
        refused(get("/api/teams/" + teamId), 404, null);
        assertThat(jdbc.queryForObject("select count(*) from team where team_id = ?", Integer.class, teamId)).isZero();
    }
}
