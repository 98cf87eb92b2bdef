package io.ticketflow.sla.web;

import io.ticketflow.sla.SlaIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/sla/calendars} on real PostgreSQL: versions, {@code If-Match}, and every refusal. */
class CalendarApiIT extends SlaIntegrationTest {

    @Test
    void a_calendar_is_created_read_and_listed_in_its_canonical_form() throws Exception {
        String id = unique("emea");

        JsonNode created = read(post("/api/sla/calendars", calendar(id, "Europe/Berlin",
                        Map.of("MONDAY", List.of("13:30-17:00", "09:00-12:30"), "FRIDAY", List.of("09:00-15:00"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/sla/calendars/" + id))
                .andExpect(header().string("ETag", "\"1\"")));

        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(created.path("effectiveFrom").asString())).isNotNull();
        assertThat(created.path("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(created.path("week").propertyNames()).containsExactly("MONDAY", "FRIDAY");
        assertThat(created.path("week").path("MONDAY").values()).extracting(JsonNode::asString)
                .containsExactly("09:00-12:30", "13:30-17:00");
        assertThat(created.path("holidays").get(0).path("name").asString()).isEqualTo("Christmas Day");
        assertThat(read(get("/api/sla/calendars/" + id).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")))).isEqualTo(created);
        assertThat(read(get("/api/sla/calendars").andExpect(status().isOk())).path("calendars").findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void a_change_is_a_new_version_and_the_old_one_stays_readable() throws Exception {
        String id = unique("support");
        JsonNode first = read(post("/api/sla/calendars", calendar(id, "Europe/Berlin", Map.of("MONDAY", List.of("09:00-17:00"))))
                .andExpect(status().isCreated()));

        JsonNode second = read(put("/api/sla/calendars/" + id, calendar(id, "America/New_York",
                        Map.of("TUESDAY", List.of("08:00-16:00"))), 1)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")));

        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("zone").asString()).isEqualTo("America/New_York");
        assertThat(Instant.parse(second.path("effectiveFrom").asString()))
                .isAfter(Instant.parse(first.path("effectiveFrom").asString()));
        assertThat(read(get("/api/sla/calendars/" + id))).isEqualTo(second);
        assertThat(read(put("/api/sla/calendars/" + id, second.toString().replace("America/New_York", "Asia/Tokyo"), 2)
                .andExpect(status().isOk())).path("zone").asString()).as("a read sent back edited").isEqualTo("Asia/Tokyo");
        assertThat(read(get("/api/sla/calendars/" + id + "/versions/1").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")))).isEqualTo(first);
        refused(get("/api/sla/calendars/" + id + "/versions/4"), 404, null)
                .andExpect(jsonPath("$.calendarId").value(id));
        refused(get("/api/sla/calendars/" + id + "/versions/latest"), 400, "version");
    }

    @Test
    void a_change_must_name_the_current_version_in_if_match() throws Exception {
        String id = unique("guarded");
        Map<String, Object> body = calendar(id, "UTC", Map.of("MONDAY", List.of("09:00-17:00")));
        post("/api/sla/calendars", body).andExpect(status().isCreated());
        put("/api/sla/calendars/" + id, body, 1).andExpect(status().isOk());

        refused(mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/calendars/" + id), body)), 428, "If-Match");
        refused(put("/api/sla/calendars/" + id, body, 1), 412, "If-Match")
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.currentVersion").value(2));
        refused(mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/calendars/" + id), body)
                .header("If-Match", "version two")), 400, "If-Match");
        mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/calendars/" + id), body).header("If-Match", "*"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));
        assertThat(versions(id)).isEqualTo(3);
    }

    @Test
    void invalid_calendars_are_problems_naming_the_field_and_nothing_is_stored() throws Exception {
        String id = unique("invalid");
        Map<String, List<String>> office = Map.of("MONDAY", List.of("09:00-17:00"));

        refused(post("/api/sla/calendars", calendar(id, "Europe/Atlantis", office)), 400, "zone")
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("time zone")));
        refused(post("/api/sla/calendars", calendar(id, "UTC", Map.of("MONDAY", List.of("09:00-12:30", "12:00-17:00")))),
                400, "week.MONDAY[1]");
        refused(post("/api/sla/calendars", calendar(id, "UTC", Map.of("MONDAY", List.of("9 to 5")))), 400, "week.MONDAY[0]");
        refused(post("/api/sla/calendars", calendar(id, "UTC", Map.of("SUNDAY", List.of()))), 400, "week");
        refused(post("/api/sla/calendars", calendar(id, "UTC", Map.of("WEEKDAYS", List.of("09:00-17:00")))), 400,
                "week.WEEKDAYS");
        refused(post("/api/sla/calendars", with(calendar(id, "UTC", office), "holidays", List.of(
                Map.of("date", "2026-12-25", "name", "Christmas"), Map.of("date", "2026-12-25", "name", "Again")))),
                400, "holidays[1].date");
        refused(post("/api/sla/calendars", calendar("EMEA Office", "UTC", office)), 400, "id");
        refused(post("/api/sla/calendars", with(calendar(id, "UTC", office), "id", null)), 400, "id");
        refused(post("/api/sla/calendars", with(calendar(id, "UTC", office), "timezone", "UTC")), 400, "timezone");
        refused(post("/api/sla/calendars", with(calendar(id, "UTC", office), "week", "always")), 400, "week");
        refused(post("/api/sla/calendars", "{\"id\": \"" + id + "\", "), 400, null)
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not valid JSON")));
        refused(put("/api/sla/calendars/" + id, calendar(id, "UTC", office), 1), 404, null)
                .andExpect(jsonPath("$.calendarId").value(id));
        refused(get("/api/sla/calendars/" + id), 404, null);
        assertThat(versions(id)).isZero();
    }

    @Test
    void every_violation_is_named_at_once() throws Exception {
        JsonNode problem = read(refused(post("/api/sla/calendars", calendar(unique("many"), "Nowhere",
                Map.of("MONDAY", List.of("17:00-09:00")))), 400, "zone"));

        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("zone", "week.MONDAY[0]");
        assertThat(problem.path("title").asString()).isEqualTo("Invalid request");
    }

    @Test
    void a_taken_id_is_a_conflict_and_a_change_cannot_rename() throws Exception {
        String id = unique("taken");
        Map<String, Object> body = calendar(id, "UTC", Map.of("MONDAY", List.of("09:00-17:00")));
        post("/api/sla/calendars", body).andExpect(status().isCreated());

        refused(post("/api/sla/calendars", body), 409, "id");
        refused(put("/api/sla/calendars/" + id, with(body, "id", unique("other")), 1), 400, "id");
        assertThat(versions(id)).isEqualTo(1);
    }

    private int versions(String id) {
        return jdbc.queryForObject("select count(*) from business_calendar_version where calendar_id = ?",
                Integer.class, id);
    }

    static Map<String, Object> calendar(String id, String zone, Map<String, List<String>> week) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Office hours");
        body.put("zone", zone);
        body.put("week", new LinkedHashMap<>(week));
        body.put("holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas Day")));
        return body;
    }
}
