package io.ticketflow.reporting;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.EscalationTrigger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SummaryReportIT extends ReportIntegrationTest {

    @Test
    void the_headline_figures_of_a_period() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        ticket(t).assigned("a", team, t.plusSeconds(1)).replied("a", t.plus(Duration.ofMinutes(10)))
                .slaMet(SlaTarget.FIRST_RESPONSE, t, Duration.ofMinutes(10), t.plus(Duration.ofMinutes(10)))
                .resolved("a", t.plus(Duration.ofHours(1))).rated(5, t.plus(Duration.ofHours(2)))
                .closed(t.plus(Duration.ofHours(3))).projected();
        ticket(t).assigned("a", team, t.plusSeconds(1)).replied("a", t.plus(Duration.ofMinutes(30)))
                .slaBreached(SlaTarget.FIRST_RESPONSE, t)
                .escalated(1, EscalationTrigger.SLA_BREACH, t.plus(Duration.ofHours(1)))
                .resolved("a", t.plus(Duration.ofHours(2))).reopened(t.plus(Duration.ofHours(5)))
                .resolved("a", t.plus(Duration.ofHours(6))).projected();
        ticket(t).assigned("a", team, t.plusSeconds(1)).projected();
        Map<String, String> day = Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team);

        report("summary", day)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opened").value(3))
                .andExpect(jsonPath("$.resolved").value(2))
                .andExpect(jsonPath("$.closed").value(1))
                .andExpect(jsonPath("$.reopened").value(1))
                .andExpect(jsonPath("$.reopenRate").value(0.5))
                .andExpect(jsonPath("$.backlog").value(1))
                .andExpect(jsonPath("$.firstResponse.tickets").value(2))
                .andExpect(jsonPath("$.firstResponse.averageSeconds").value(1200.0))
                .andExpect(jsonPath("$.resolution.tickets").value(2))
                .andExpect(jsonPath("$.resolution.medianSeconds").value(12600.0))
                .andExpect(jsonPath("$.slaMet").value(1))
                .andExpect(jsonPath("$.slaBreached").value(1))
                .andExpect(jsonPath("$.slaCompliance").value(0.5))
                .andExpect(jsonPath("$.satisfactionRated").value(1))
                .andExpect(jsonPath("$.satisfactionAverage").value(5.0))
                .andExpect(jsonPath("$.escalations").value(1));

        csv("summary", day)
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("from,to,opened,resolved,closed,reopened,reopenRate,backlog,"
                        + "firstResponse.tickets,firstResponse.averageSeconds,firstResponse.medianSeconds,")));
    }
}
