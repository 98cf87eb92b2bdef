package io.ticketflow.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every way a report's parameters can be wrong is a 400 problem naming the field, never a 500 or a silent default. */
class BadParametersReportIT extends ReportIntegrationTest {

    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-02T00:00:00Z";

    @Test
    void every_report_over_a_period_requires_from_and_to() throws Exception {
        for (String report : new String[] {"summary", "volume", "response-times", "resolution-times",
                "sla-compliance", "satisfaction", "agents", "escalations"}) {
            refused(report(report, Map.of()))
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to")))
                    .andExpect(jsonPath("$.errors[0].reason").value("is required"));
        }
    }

    @Test
    void an_instant_that_is_not_one_or_out_of_range_or_a_period_backwards_or_too_long_is_named() throws Exception {
        refused(report("summary", Map.of("from", "yesterday", "to", TO)))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        refused(report("summary", Map.of("from", "+100000-01-01T00:00:00Z", "to", "+100000-01-02T00:00:00Z")))
                .andExpect(jsonPath("$.errors", hasSize(2)));
        refused(report("summary", Map.of("from", TO, "to", FROM)))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be after from"));
        refused(report("summary", Map.of("from", "2025-01-01T00:00:00Z", "to", "2026-01-03T00:00:00Z")))
                .andExpect(jsonPath("$.errors[0].reason").value("must be at most 366 days after from"));
        refused(report("volume", Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-02-01T00:00:01Z",
                "granularity", "hour")))
                .andExpect(jsonPath("$.errors[0].reason").value("must be at most 31 days after from"));
        refused(report("backlog", Map.of("asOf", "now")))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void an_unknown_filter_value_or_grouping_is_named_with_what_it_may_be() throws Exception {
        refused(report("summary", Map.of("from", FROM, "to", TO, "type", "INCIDENT,HAIKU")))
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("SERVICE_REQUEST")));
        refused(report("backlog", Map.of("priority", "SOON", "channel", "PIGEON")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("priority", "channel")));
        refused(report("volume", Map.of("from", FROM, "to", TO, "granularity", "minute", "groupBy", "team")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("granularity", "groupBy")));
        refused(report("response-times", Map.of("from", FROM, "to", TO, "groupBy", "channel")))
                .andExpect(jsonPath("$.errors[0].reason").value("must be one of team, type, priority"));
        refused(report("tickets", Map.of("status", "LOST")))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        refused(report("tickets", Map.of("team", "")))
                .andExpect(jsonPath("$.errors[0].reason").value("must not be empty"));
    }

    @Test
    void an_unknown_parameter_is_refused_rather_than_ignored() throws Exception {
        refused(report("summary", Map.of("from", FROM, "to", TO, "tem", "support")))
                .andExpect(jsonPath("$.errors[0].field").value("tem"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("team")));
        refused(report("tickets", Map.of("sort", "priority")))
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void a_page_beyond_its_bounds_is_named() throws Exception {
        refused(report("tickets", Map.of("size", "501", "page", "-1")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("size", "page")));
        refused(report("tickets", Map.of("size", "ten")))
                .andExpect(jsonPath("$.errors[0].reason").value("must be a whole number from 1 to 500"));
    }

    @Test
    void a_csv_request_with_bad_parameters_gets_the_problem_not_an_empty_file() throws Exception {
        refused(csv("volume", Map.of("from", FROM)))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private static ResultActions refused(ResultActions result) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
