package io.ticketflow.reporting;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DurationReportIT extends ReportIntegrationTest {

    @Test
    void response_and_resolution_times_per_group_in_wall_and_business_seconds() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        ticket(t, TicketType.INCIDENT, Priority.HIGH, Channel.WEB).assigned("a", team, t.plusSeconds(1))
                .replied("a", t.plus(Duration.ofMinutes(10)))
                .slaMet(SlaTarget.FIRST_RESPONSE, t, Duration.ofMinutes(5), t.plus(Duration.ofMinutes(10)))
                .resolved("a", t.plus(Duration.ofHours(1))).projected();
        ticket(t, TicketType.INCIDENT, Priority.HIGH, Channel.WEB).assigned("a", team, t.plusSeconds(1))
                .replied("a", t.plus(Duration.ofMinutes(20)))
                .slaMet(SlaTarget.FIRST_RESPONSE, t, Duration.ofMinutes(10), t.plus(Duration.ofMinutes(20)))
                .resolved("a", t.plus(Duration.ofHours(3))).projected();
        ticket(t, TicketType.INCIDENT, Priority.LOW, Channel.WEB).assigned("a", team, t.plusSeconds(1))
                .replied("a", t.plus(Duration.ofMinutes(60))).projected();
        Map<String, String> day = Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(), "team", team);

        report("response-times", day)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("team"))
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].group").value(team))
                .andExpect(jsonPath("$.groups[0].tickets").value(3))
                .andExpect(jsonPath("$.groups[0].wall.average").value(1800.0))
                .andExpect(jsonPath("$.groups[0].wall.p50").value(1200.0))
                .andExpect(jsonPath("$.groups[0].wall.p90").value(3120.0))
                .andExpect(jsonPath("$.groups[0].business.tickets").value(2))
                .andExpect(jsonPath("$.groups[0].business.average").value(450.0));

        report("resolution-times", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(),
                "team", team, "groupBy", "priority"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("priority"))
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].group").value("HIGH"))
                .andExpect(jsonPath("$.groups[0].tickets").value(2))
                .andExpect(jsonPath("$.groups[0].wall.average").value(7200.0))
                .andExpect(jsonPath("$.groups[0].wall.p50").value(7200.0))
                .andExpect(jsonPath("$.groups[0].business.tickets").value(0));

        csv("response-times", Map.of("from", t.toString(), "to", t.plus(Duration.ofDays(1)).toString(),
                "team", team, "groupBy", "priority"))
                .andExpect(status().isOk())
                .andExpect(content().string("priority,tickets,wall.tickets,wall.average,wall.p50,wall.p90,"
                        + "business.tickets,business.average,business.p50,business.p90\r\n"
                        + "HIGH,2,2,900.0,900.0,1140.0,2,450.0,450.0,570.0\r\n"
                        + "LOW,1,1,3600.0,3600.0,3600.0,0,,,\r\n"));
    }
}
