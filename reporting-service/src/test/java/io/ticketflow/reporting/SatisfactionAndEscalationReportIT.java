package io.ticketflow.reporting;

import io.ticketflow.api.ticket.EscalationTrigger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SatisfactionAndEscalationReportIT extends ReportIntegrationTest {

    @Test
    void satisfaction_average_and_distribution_overall_and_by_team() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        for (int score : new int[] {5, 4, 4}) {
            ticket(t).assigned("a", team, t.plusSeconds(1)).resolved("a", t.plus(Duration.ofHours(1)))
                    .rated(score, t.plus(Duration.ofHours(2))).projected();
        }
        ticket(t).assigned("a", team, t.plusSeconds(1)).projected();
        Map<String, String> day = Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team);

        report("satisfaction", day)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").doesNotExist())
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].rated").value(3))
                .andExpect(jsonPath("$.groups[0].average").value(4.33))
                .andExpect(jsonPath("$.groups[0].score4").value(2))
                .andExpect(jsonPath("$.groups[0].score5").value(1))
                .andExpect(jsonPath("$.groups[0].score1").value(0));

        csv("satisfaction", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team,
                "groupBy", "team"))
                .andExpect(status().isOk())
                .andExpect(content().string("team,rated,average,score1,score2,score3,score4,score5\r\n"
                        + team + ",3,4.33,0,0,0,2,1\r\n"));
    }

    @Test
    void escalations_by_trigger_and_level() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        ticket(t).assigned("a", team, t.plusSeconds(1))
                .escalated(1, EscalationTrigger.SLA_BREACH, t.plus(Duration.ofHours(1)))
                .escalated(2, EscalationTrigger.MANUAL, t.plus(Duration.ofHours(2))).projected();
        ticket(t).assigned("a", team, t.plusSeconds(1))
                .escalated(1, EscalationTrigger.SLA_BREACH, t.plus(Duration.ofHours(1))).projected();

        report("escalations", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.groups", hasSize(2)))
                .andExpect(jsonPath("$.groups[0].trigger").value("MANUAL"))
                .andExpect(jsonPath("$.groups[0].level").value(2))
                .andExpect(jsonPath("$.groups[0].escalations").value(1))
                .andExpect(jsonPath("$.groups[1].trigger").value("SLA_BREACH"))
                .andExpect(jsonPath("$.groups[1].level").value(1))
                .andExpect(jsonPath("$.groups[1].escalations").value(2));
    }
}
