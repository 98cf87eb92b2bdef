package io.ticketflow.sla.web;

import io.ticketflow.sla.SlaIntegrationTest;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * sla-service checks every token itself, whatever reaches its port: the gateway's rows for {@code /api/sla/**}
 * again, with real tokens of the test issuer. A refused change leaves nothing behind.
 */
class SlaAccessIT extends SlaIntegrationTest {

    private static final List<String> READERS = List.of("agent", "supervisor", "admin", "analyst");
    private static final List<String> WRITERS = List.of("supervisor", "admin");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ticketflow.testkit.spring.SpringIssuer#refusedTokens")
    void a_missing_or_refused_token_is_a_401_problem_and_changes_nothing(String what, String authorization)
            throws Exception {
        String id = unique("refused");

        mvc.perform(MockMvcRequestBuilders.get("/api/sla/policies").with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(json(MockMvcRequestBuilders.post("/api/sla/calendars"), calendar(id))
                        .with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized());

        get("/api/sla/calendars/" + id).andExpect(status().isNotFound());
    }

    @Test
    void staff_and_analysts_read_and_requesters_and_systems_do_not() throws Exception {
        for (String role : List.of("agent", "supervisor", "admin", "analyst", "requester", "system")) {
            int expected = READERS.contains(role) ? 200 : 403;
            for (String path : List.of("/api/sla/policies", "/api/sla/calendars", "/api/sla/teams")) {
                mvc.perform(MockMvcRequestBuilders.get(path).with(as(role)))
                        .andExpect(status().is(expected));
            }
        }
    }

    @Test
    void only_supervisors_and_admins_change_calendars_and_policies() throws Exception {
        for (String role : List.of("agent", "analyst", "requester", "system", "supervisor", "admin")) {
            String id = unique(role);
            var created = mvc.perform(json(MockMvcRequestBuilders.post("/api/sla/calendars"), calendar(id)).with(as(role)));
            if (WRITERS.contains(role)) {
                created.andExpect(status().isCreated());
                get("/api/sla/calendars/" + id).andExpect(status().isOk());
            } else {
                created.andExpect(status().isForbidden())
                        .andExpect(content().contentType("application/problem+json"));
                get("/api/sla/calendars/" + id).andExpect(status().isNotFound());
            }
        }
    }

    @Test
    void a_reader_who_may_not_write_changes_nothing_of_an_existing_calendar() throws Exception {
        String id = unique("kept");
        post("/api/sla/calendars", calendar(id)).andExpect(status().isCreated());

        for (String role : List.of("agent", "analyst")) {
            mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/calendars/" + id), calendar(id))
                            .header("If-Match", "\"1\"").with(as(role)))
                    .andExpect(status().isForbidden());
        }

        get("/api/sla/calendars/" + id).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void health_answers_without_a_token_and_metrics_need_one() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health/liveness").with(SpringIssuer.authorization(null)))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(SpringIssuer.authorization(null)))
                .andExpect(status().isUnauthorized());
        get("/actuator/prometheus").andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return SpringIssuer.as("user-" + role, role);
    }

    private static Map<String, Object> calendar(String id) {
        return CalendarApiIT.calendar(id, "Europe/Berlin", Map.of("MONDAY", List.of("09:00-17:00")));
    }
}
