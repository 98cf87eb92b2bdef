package io.ticketflow.sla.web;

import io.ticketflow.sla.SlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/sla/policies} on real PostgreSQL: versions, {@code If-Match}, retirement, and every refusal. */
class PolicyApiIT extends SlaIntegrationTest {

    @Test
    void a_policy_is_created_with_its_calendar_and_read_in_its_canonical_form() throws Exception {
        String calendarId = calendar();
        String id = unique("standard");

        JsonNode created = read(post("/api/sla/policies", policy(id, calendarId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/sla/policies/" + id))
                .andExpect(header().string("ETag", "\"1\"")));

        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(created.path("retired").asBoolean()).isFalse();
        assertThat(created.path("calendarId").asString()).isEqualTo(calendarId);
        assertThat(created.path("targets").path("URGENT").path("resolution").asString()).isEqualTo("PT8H");
        assertThat(created.path("targets").path("HIGH").path("resolution").asString()).as("P1D is 24 hours")
                .isEqualTo("PT24H");
        assertThat(created.path("warningThreshold").asInt()).as("the default").isEqualTo(75);
        assertThat(created.path("escalations").get(0).path("escalationTeamId").asString()).isEqualTo("tier-2");
        assertThat(read(get("/api/sla/policies/" + id).andExpect(header().string("ETag", "\"1\"")))).isEqualTo(created);
        assertThat(read(get("/api/sla/policies")).path("policies").findValuesAsString("id")).contains(id, "default");
    }

    @Test
    void a_change_is_a_new_version_and_a_retirement_is_one_too() throws Exception {
        String id = unique("lifecycle");
        JsonNode first = read(post("/api/sla/policies", policy(id, null)).andExpect(status().isCreated()));

        JsonNode second = read(put("/api/sla/policies/" + id, with(policy(id, null), "rank", 5), 1)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")));
        refused(delete(id, null), 428, "If-Match");
        refused(delete(id, 1), 412, "If-Match").andExpect(jsonPath("$.currentVersion").value(2));
        JsonNode retired = read(delete(id, 2)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\"")));

        assertThat(second.path("rank").asInt()).isEqualTo(5);
        assertThat(retired.path("version").asInt()).isEqualTo(3);
        assertThat(retired.path("retired").asBoolean()).isTrue();
        assertThat(retired.path("rank").asInt()).as("the definition it retires").isEqualTo(5);
        assertThat(read(get("/api/sla/policies/" + id))).isEqualTo(retired);
        assertThat(read(get("/api/sla/policies/" + id + "/versions/1"))).isEqualTo(first);
        assertThat(read(get("/api/sla/policies")).path("policies").findValuesAsString("id")).doesNotContain(id);
        refused(delete(id, 3), 409, null).andExpect(header().string("ETag", "\"3\""));
        refused(post("/api/sla/policies", policy(id, null)), 409, "id");

        // a read sent back edited, version, effectiveFrom and retired included: a PUT stores a version in force
        JsonNode back = read(put("/api/sla/policies/" + id, retired.toString().replace("\"rank\":5", "\"rank\":7"), 3)
                .andExpect(status().isOk()));
        assertThat(back.path("version").asInt()).isEqualTo(4);
        assertThat(back.path("rank").asInt()).isEqualTo(7);
        assertThat(back.path("retired").asBoolean()).isFalse();
        assertThat(jdbc.queryForList("select version, retired from sla_policy_version where policy_id = ? order by version",
                id)).extracting(row -> row.get("retired")).containsExactly(false, false, true, false);
    }

    @Test
    void invalid_policies_are_problems_naming_the_field_and_nothing_is_stored() throws Exception {
        String id = unique("invalid");
        Map<String, Object> valid = policy(id, null);

        refused(post("/api/sla/policies", with(valid, "targets", Map.of("URGENT", Map.of("resolution", "PT0S")))), 400,
                "targets.URGENT.resolution");
        refused(post("/api/sla/policies", with(valid, "targets", Map.of("URGENT", Map.of("firstResponse", "1 hour")))),
                400, "targets.URGENT.firstResponse");
        refused(post("/api/sla/policies", with(valid, "targets", Map.of("CRITICAL", Map.of("resolution", "PT1H")))), 400,
                "targets.CRITICAL");
        refused(post("/api/sla/policies", with(valid, "targets", Map.of())), 400, "targets");
        refused(post("/api/sla/policies", with(valid, "warningThreshold", 100)), 400, "warningThreshold");
        refused(post("/api/sla/policies", with(valid, "warningThreshold", 0)), 400, "warningThreshold");
        refused(post("/api/sla/policies", with(valid, "types", List.of("OUTAGE"))), 400, "types[0]");
        refused(post("/api/sla/policies", with(valid, "calendarId", unique("nowhere"))), 400, "calendarId");
        refused(post("/api/sla/policies", with(valid, "escalations", List.of(Map.of("on", "BREACH")))), 400,
                "escalations[0]");
        refused(post("/api/sla/policies", with(valid, "escalations", List.of(Map.of("on", "LATE", "escalate", true)))),
                400, "escalations[0].on");
        refused(post("/api/sla/policies", with(valid, "id", "Standard Policy")), 400, "id");
        refused(post("/api/sla/policies", with(valid, "rank", "first")), 400, "rank");
        refused(post("/api/sla/policies", with(valid, "warningTreshold", 80)), 400, "warningTreshold");
        refused(post("/api/sla/policies", "[]"), 400, null);
        refused(put("/api/sla/policies/" + id, valid, 1), 404, null).andExpect(jsonPath("$.policyId").value(id));
        refused(delete(id, 1), 404, null);
        refused(get("/api/sla/policies/" + id), 404, null);
        assertThat(jdbc.queryForObject("select count(*) from sla_policy_version where policy_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void the_seeded_default_policy_is_listed_and_changed_like_any_other() throws Exception {
        JsonNode seeded = read(get("/api/sla/policies/default/versions/1").andExpect(status().isOk()));

        assertThat(seeded.path("effectiveFrom").asString()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(seeded.path("rank").asInt()).isEqualTo(1000);
        assertThat(seeded.path("types").isEmpty()).isTrue();
        assertThat(seeded.path("calendarId").isNull()).isTrue();
        assertThat(seeded.path("targets").path("URGENT").path("firstResponse").asString()).isEqualTo("PT1H");
        assertThat(seeded.path("targets").path("LOW").path("resolution").asString()).isEqualTo("PT120H");
    }

    private ResultActions delete(String id, Integer version) throws Exception {
        var request = MockMvcRequestBuilders.delete("/api/sla/policies/" + id);
        return mvc.perform(version == null ? request : request.header("If-Match", "\"" + version + "\""));
    }

    private String calendar() throws Exception {
        String id = unique("office");
        post("/api/sla/calendars", Map.of("id", id, "name", "Office", "zone", "Europe/Berlin",
                "week", Map.of("MONDAY", List.of("09:00-17:00")))).andExpect(status().isCreated());
        return id;
    }

    /** The example, for an organisation of its own so that it covers no other test's tickets. */
    private static Map<String, Object> policy(String id, String calendarId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Standard");
        body.put("rank", 10);
        body.put("types", List.of("INCIDENT"));
        body.put("organisations", List.of(unique("org")));
        body.put("targets", Map.of(
                "URGENT", Map.of("firstResponse", "PT1H", "nextResponse", "PT2H", "resolution", "PT8H"),
                "HIGH", Map.of("resolution", "P1D")));
        if (calendarId != null) {
            body.put("calendarId", calendarId);
        }
        body.put("pauseOnHold", false);
        body.put("escalations", List.of(Map.of("on", "BREACH", "target", "FIRST_RESPONSE", "raisePriorityTo", "URGENT",
                "escalationTeamId", "tier-2", "escalate", true)));
        return body;
    }
}
