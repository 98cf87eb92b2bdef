package io.ticketflow.sla.web;

import io.ticketflow.sla.SlaIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
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

/** {@code /api/sla/teams} on real PostgreSQL: a team's calendar set, replaced and removed as versions, and refusals. */
class TeamCalendarApiIT extends SlaIntegrationTest {

    @Test
    void a_team_is_given_a_calendar_which_is_read_listed_replaced_and_removed() throws Exception {
        String team = unique("tier-1");
        String office = calendar();
        String other = calendar();
        String path = "/api/sla/teams/" + team + "/calendar";

        JsonNode set = read(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendarId", office)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost" + path))
                .andExpect(header().string("ETag", "\"1\"")));
        assertThat(set.path("teamId").asString()).isEqualTo(team);
        assertThat(set.path("calendarId").asString()).isEqualTo(office);
        assertThat(read(get(path).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")))).isEqualTo(set);
        assertThat(teams()).containsEntry(team, office);

        JsonNode replaced = read(put(path, set.toString().replace(office, other), 1)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")));
        assertThat(replaced.path("calendarId").asString()).as("a read sent back edited").isEqualTo(other);
        assertThat(Instant.parse(replaced.path("effectiveFrom").asString()))
                .isAfter(Instant.parse(set.path("effectiveFrom").asString()));
        assertThat(teams()).containsEntry(team, other);

        mvc.perform(MockMvcRequestBuilders.delete(path).header("If-Match", "\"2\""))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"3\""));
        refused(get(path), 404, null).andExpect(jsonPath("$.teamId").value(team));
        assertThat(teams()).doesNotContainKey(team);
        refused(delete(path, "\"3\""), 404, null);

        // with no calendar in effect the team may be given one again without naming the removed version
        mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendarId", office)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"4\""));
        assertThat(versions(team)).isEqualTo(4);
    }

    @Test
    void replacing_or_removing_a_teams_calendar_needs_the_version_it_was_read_at() throws Exception {
        String team = unique("guarded");
        String path = "/api/sla/teams/" + team + "/calendar";
        Map<String, String> body = Map.of("calendarId", calendar());
        mvc.perform(json(MockMvcRequestBuilders.put(path), body)).andExpect(status().isCreated());

        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), body)), 428, "If-Match")
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1));
        refused(mvc.perform(MockMvcRequestBuilders.delete(path)), 428, "If-Match");
        put(path, body, 1).andExpect(status().isOk());
        refused(put(path, body, 1), 412, "If-Match")
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.currentVersion").value(2));
        refused(delete(path, "\"1\""), 412, "If-Match");
        refused(delete(path, "the second"), 400, "If-Match");
        delete(path, "*").andExpect(status().isNoContent());
        assertThat(versions(team)).isEqualTo(3);
    }

    @Test
    void an_unknown_or_missing_calendar_and_a_bad_team_id_are_problems_naming_the_field() throws Exception {
        String team = unique("refused");
        String path = "/api/sla/teams/" + team + "/calendar";

        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendarId", unique("nowhere")))), 400,
                "calendarId").andExpect(jsonPath("$.errors[0].reason").value(
                        Matchers.containsString("not a known calendar")));
        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendarId", "Office Hours"))), 400,
                "calendarId");
        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of())), 400, "calendarId");
        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendarId", calendar(),
                "teamId", unique("another")))), 400, "teamId");
        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), Map.of("calendar", calendar()))), 400, "calendar");
        refused(mvc.perform(json(MockMvcRequestBuilders.put(path), "[")), 400, null);
        refused(mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/teams/Tier-1/calendar"),
                Map.of("calendarId", calendar()))), 400, "teamId");
        refused(put("/api/sla/teams/Tier-1/calendar", Map.of("calendarId", calendar()), 1), 400, "teamId");
        refused(get("/api/sla/teams/-tier/calendar"), 400, "teamId");
        refused(delete("/api/sla/teams/Tier-1/calendar", "*"), 400, "teamId");
        refused(get(path), 404, null)
                .andExpect(jsonPath("$.title").value("Team calendar not found"))
                .andExpect(jsonPath("$.teamId").value(team));
        refused(put(path, Map.of("calendarId", calendar()), 1), 404, null);
        refused(delete(path, "*"), 404, null);
        assertThat(versions(team)).isZero();
    }

    private ResultActions delete(String path, String ifMatch) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(path).header("If-Match", ifMatch));
    }

    /** A calendar of the test's own; answers its id. */
    private String calendar() throws Exception {
        String id = unique("hours");
        post("/api/sla/calendars", CalendarApiIT.calendar(id, "Europe/Berlin", Map.of("MONDAY", List.of("09:00-17:00"))))
                .andExpect(status().isCreated());
        return id;
    }

    /** {@code GET /api/sla/teams} as team id to calendar id. */
    private Map<String, String> teams() throws Exception {
        JsonNode listed = read(get("/api/sla/teams").andExpect(status().isOk())).path("teams");
        Map<String, String> teams = new LinkedHashMap<>();
        listed.forEach(team -> teams.put(team.path("teamId").asString(), team.path("calendarId").asString()));
        return teams;
    }

    private int versions(String team) {
        return jdbc.queryForObject("select count(*) from team_calendar_version where team_id = ?", Integer.class, team);
    }
}
