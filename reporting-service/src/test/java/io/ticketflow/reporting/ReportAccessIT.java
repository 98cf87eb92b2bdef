package io.ticketflow.reporting;

import io.ticketflow.testkit.spring.SpringIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * reporting-service checks every token itself, whatever reaches its port: the gateway's rows for
 * {@code /api/reports/**} again, with real tokens of the test issuer. A refused write starts no rebuild.
 */
class ReportAccessIT extends ReportingIntegrationTest {

    private static final String SUMMARY = "/api/reports/summary";
    private static final String REBUILD = "/api/reports/admin/rebuild";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ticketflow.testkit.spring.SpringIssuer#refusedTokens")
    void a_missing_or_refused_token_is_a_401_problem_and_starts_nothing(String what, String authorization)
            throws Exception {
        int rebuilds = rebuilds();

        mvc.perform(summary().with(SpringIssuer.authorization(authorization)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(post(REBUILD).with(SpringIssuer.authorization(authorization))).andExpect(status().isUnauthorized());

        assertThat(rebuilds()).as("rebuilds after a refused POST").isEqualTo(rebuilds);
    }

    @Test
    void analysts_supervisors_and_admins_read_reports() throws Exception {
        for (String role : new String[] {"analyst", "supervisor", "admin"}) {
            mvc.perform(summary().with(as(role))).andExpect(status().isOk()).andExpect(jsonPath("$.opened").exists());
            mvc.perform(get("/api/reports/admin/rebuilds").with(as(role))).andExpect(status().isOk());
        }
    }

    @Test
    void requesters_agents_and_systems_read_no_report() throws Exception {
        for (String role : new String[] {"requester", "agent", "system"}) {
            mvc.perform(summary().with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType("application/problem+json"));
            mvc.perform(get("/api/reports/admin/rebuilds").with(as(role))).andExpect(status().isForbidden());
        }
    }

    /** An admin's rebuild is RebuildIT's; here, that no one else may start one. */
    @Test
    void only_an_admin_starts_a_rebuild() throws Exception {
        int rebuilds = rebuilds();

        for (String role : new String[] {"analyst", "supervisor", "agent", "requester", "system"}) {
            mvc.perform(post(REBUILD).with(as(role))).andExpect(status().isForbidden());
        }

        assertThat(rebuilds()).as("rebuilds after refused POSTs").isEqualTo(rebuilds);
    }

    @Test
    void health_answers_without_a_token_and_metrics_need_one() throws Exception {
        mvc.perform(get("/actuator/health/liveness").with(SpringIssuer.authorization(null))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(SpringIssuer.authorization(null))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder summary() {
        return get(SUMMARY).param("from", "2000-01-01T00:00:00Z").param("to", "2000-01-02T00:00:00Z");
    }

    private int rebuilds() {
        return jdbc.queryForObject("select count(*) from projection_rebuild", Integer.class);
    }

    private static RequestPostProcessor as(String role) {
        return SpringIssuer.as("user-" + role, role);
    }
}
