package io.ticketflow.routing.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.routing.RosterIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/agents} against real PostgreSQL and Kafka: every endpoint, every refusal. */
class AgentApiIT extends RosterIntegrationTest {

    @Test
    void a_registered_agent_is_201_with_its_location_etag_and_canonical_profile_and_reads_the_same() throws Exception {
        String team = team("support");
        String agentId = unique("carol");
        Map<String, Object> body = with(agentBody(agentId, team), "languages", List.of("PT-br", "en"));

        JsonNode created = read(post("/api/agents", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/agents/" + agentId))
                .andExpect(header().string("ETag", "\"1\"")));

        assertThat(created.path("teamIds").toString()).isEqualTo("[\"" + team + "\"]");
        assertThat(created.path("skills").toString())
                .isEqualTo("[{\"skill\":\"billing\",\"level\":2},{\"skill\":\"printers\",\"level\":4}]");
        assertThat(created.path("languages").toString()).isEqualTo("[\"en\",\"pt-BR\"]");
        assertThat(created.path("email").asText()).isEqualTo("carol@example.com");
        assertThat(created.path("maxConcurrentTickets").asInt()).isEqualTo(5);
        assertThat(created.path("availability").asText()).isEqualTo("OFFLINE");
        assertThat(created.path("version").asLong()).isEqualTo(1);
        assertThat(read(get("/api/agents/" + agentId).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")))).isEqualTo(created);
    }

    @Test
    void a_taken_agent_id_is_409_naming_agentId() throws Exception {
        String agentId = agent("dup");

        refused(post("/api/agents", agentBody(agentId)), 409, "agentId");
    }

    @Test
    void every_broken_rule_of_a_profile_is_named_in_one_400() throws Exception {
        String team = team("support");
        Map<String, Object> body = agentBody(unique("dan"), team, "no-such-team", team);
        body = with(body, "skills", List.of(Map.of("skill", "vpn", "level", 3), Map.of("skill", "vpn", "level", 5)));
        body = with(body, "languages", List.of("de", "english", "DE"));

        JsonNode problem = read(refused(post("/api/agents", body), 400, null));

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "teamIds[1]", "teamIds[2]", "skills[1].skill", "languages[1]", "languages[2]");
    }

    @Test
    void field_rules_are_400s_naming_the_field() throws Exception {
        String agentId = unique("erin");
        refused(post("/api/agents", with(agentBody(agentId), "maxConcurrentTickets", 1001)), 400, "maxConcurrentTickets");
        refused(post("/api/agents", with(agentBody(agentId), "maxConcurrentTickets", null)), 400, "maxConcurrentTickets");
        refused(post("/api/agents", with(agentBody(agentId), "skills", List.of(Map.of("skill", "vpn", "level", 6)))),
                400, "skills[0].level");
        refused(post("/api/agents", with(agentBody(agentId), "skills", List.of(Map.of("skill", "VPN!", "level", 2)))),
                400, "skills[0].skill");
        refused(post("/api/agents", with(agentBody(agentId), "teamIds", List.of("ok", "Not Ok"))), 400, "teamIds[1]");
        refused(post("/api/agents", with(agentBody("Erin!"), "agentId", "Erin!")), 400, "agentId");
        refused(post("/api/agents", with(agentBody(agentId), "agentId", null)), 400, "agentId");
        refused(post("/api/agents", with(agentBody(agentId), "email", "not an address")), 400, "email");
        refused(post("/api/agents", with(agentBody(agentId), "displayName", " ")), 400, "displayName");
        refused(post("/api/agents", with(agentBody(agentId), "version", 1)), 400, "version");
        refused(post("/api/agents", with(agentBody(agentId), "skils", List.of())), 400, "skils");
        refused(post("/api/agents", with(agentBody(agentId), "maxConcurrentTickets", "many")), 400, "maxConcurrentTickets");
        refused(post("/api/agents", "{\"agentId\":"), 400, null);
        assertThat(jdbc.queryForObject("select count(*) from agent where agent_id = ?", Integer.class, agentId)).isZero();
    }

    @Test
    void the_list_filters_by_team_and_availability_and_refuses_unknown_parameters() throws Exception {
        String team = team("list");
        String online = agent("online", team);
        String offline = agent("offline", team);
        agent("elsewhere");
        put("/api/agents/" + online + "/availability", Map.of("availability", "ONLINE")).andExpect(status().isOk());

        assertThat(ids(get("/api/agents?team=" + team))).containsExactly(
                List.of(online, offline).stream().sorted().toArray(String[]::new));
        assertThat(ids(get("/api/agents?team=" + team + "&availability=ONLINE"))).containsExactly(online);
        assertThat(ids(get("/api/agents?team=" + team + "&availability=ONLINE&availability=OFFLINE"))).hasSize(2);
        assertThat(ids(get("/api/agents"))).contains(online, offline);
        refused(get("/api/agents?teams=" + team), 400, "teams");
        refused(get("/api/agents?availability=BUSY"), 400, "availability");
    }

    @Test
    void an_unknown_agent_is_404() throws Exception {
        String nobody = unique("nobody");
        refused(get("/api/agents/" + nobody), 404, null).andExpect(jsonPath("$.agentId").value(nobody));
        refused(put("/api/agents/" + nobody, agentBody(nobody)), 404, null);
        refused(put("/api/agents/" + nobody + "/availability", Map.of("availability", "ONLINE")), 404, null);
    }

    @Test
    void a_profile_is_replaced_whole_and_if_match_or_version_guards_against_lost_updates() throws Exception {
        String team = team("update");
        String agentId = agent("frank");
        Map<String, Object> changed = with(with(agentBody(agentId), "teamIds", List.of(team)), "skills", List.of());

        JsonNode updated = read(mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + agentId), changed)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")));

        assertThat(updated.path("teamIds").toString()).isEqualTo("[\"" + team + "\"]");
        assertThat(updated.path("skills").toString()).isEqualTo("[]");
        assertThat(updated.path("version").asLong()).isEqualTo(2);
        assertThat(Instant.parse(updated.path("updatedAt").asText()))
                .isAfter(Instant.parse(updated.path("createdAt").asText()));
        refused(mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + agentId), agentBody(agentId))
                .header("If-Match", "\"1\"")), 409, "version").andExpect(jsonPath("$.version").value(2));
        refused(put("/api/agents/" + agentId, with(agentBody(agentId), "version", 1)), 409, "version");
        refused(mvc.perform(json(MockMvcRequestBuilders.put("/api/agents/" + agentId), agentBody(agentId))
                .header("If-Match", "yesterday")), 400, "If-Match");
        refused(put("/api/agents/" + agentId, with(agentBody(agentId), "agentId", unique("other"))), 400, "agentId");
        assertThat(read(get("/api/agents/" + agentId)).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void availability_changes_with_its_instant_and_refuses_unknown_values() throws Exception {
        String agentId = agent("gina");
        Instant registered = Instant.parse(read(get("/api/agents/" + agentId)).path("availabilitySince").asText());

        JsonNode away = read(put("/api/agents/" + agentId + "/availability", Map.of("availability", "AWAY"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\"")));

        assertThat(away.path("availability").asText()).isEqualTo("AWAY");
        assertThat(Instant.parse(away.path("availabilitySince").asText())).isAfter(registered);
        refused(put("/api/agents/" + agentId + "/availability", Map.of("availability", "BUSY")), 400, "availability");
        refused(put("/api/agents/" + agentId + "/availability", Map.of()), 400, "availability");
        refused(put("/api/agents/" + agentId + "/availability", Map.of("availability", "ONLINE", "version", 1)),
                409, "version");
    }

    private static List<String> ids(ResultActions result) throws Exception {
        return read(result.andExpect(status().isOk())).path("agents").findValuesAsText("agentId");
    }
}
