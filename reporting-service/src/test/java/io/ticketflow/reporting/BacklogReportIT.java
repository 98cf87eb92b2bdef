package io.ticketflow.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BacklogReportIT extends ReportIntegrationTest {

    @Test
    void the_backlog_now_and_as_of_a_past_instant_by_status_team_and_age() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        ticket(t).assigned("agent-1", team, t.plus(Duration.ofMinutes(1))).projected();
        ticket(t.plus(Duration.ofMinutes(90))).assigned("agent-1", team, t.plus(Duration.ofMinutes(91)))
                .awaitingCustomer("agent-1", t.plus(Duration.ofMinutes(100))).projected();
        ticket(t).assigned("agent-2", team, t.plus(Duration.ofMinutes(1)))
                .resolved("agent-2", t.plus(Duration.ofMinutes(30))).projected();

        // two hours in: the first is open 2 h, the second pending for 30 min, the third resolved and not counted
        report("backlog", Map.of("asOf", t.plus(Duration.ofHours(2)).toString(), "team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(t.plus(Duration.ofHours(2)).toString()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.groups", hasSize(2)))
                .andExpect(jsonPath("$.groups[0].status").value("OPEN"))
                .andExpect(jsonPath("$.groups[0].team").value(team))
                .andExpect(jsonPath("$.groups[0].age").value("1-4h"))
                .andExpect(jsonPath("$.groups[0].tickets").value(1))
                .andExpect(jsonPath("$.groups[1].status").value("PENDING"))
                .andExpect(jsonPath("$.groups[1].age").value("<1h"));

        // twenty minutes in: the third was still open and the second not opened yet
        report("backlog", Map.of("asOf", t.plus(Duration.ofMinutes(20)).toString(), "team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].status").value("OPEN"))
                .andExpect(jsonPath("$.groups[0].age").value("<1h"))
                .andExpect(jsonPath("$.groups[0].tickets").value(2));

        report("backlog", Map.of("team", team, "status", "OPEN"))
                .andExpect(status().isBadRequest());

        csv("backlog", Map.of("team", team))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"backlog.csv\""))
                .andExpect(content().string("status,team,age,tickets\r\n"
                        + "OPEN," + team + ",>7d,1\r\n"
                        + "PENDING," + team + ",>7d,1\r\n"));
    }
}
