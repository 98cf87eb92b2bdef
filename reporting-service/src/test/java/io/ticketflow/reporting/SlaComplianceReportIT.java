package io.ticketflow.reporting;

import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.reporting.messaging.Subscription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SlaComplianceReportIT extends ReportIntegrationTest {

    @Test
    void outcomes_and_compliance_per_target_of_the_clocks_started_in_the_period() throws Exception {
        // an hour of its own: without a team filter the report counts every clock started in it
        Instant t = someDay().plus(ThreadLocalRandom.current().nextInt(24 * 60), ChronoUnit.MINUTES);
        String team = unique("team");
        ticket(t).assigned("a", team, t.plusSeconds(1))
                .slaMet(SlaTarget.FIRST_RESPONSE, t, Duration.ofMinutes(5), t.plus(Duration.ofMinutes(5)))
                .slaRunning(SlaTarget.RESOLUTION, t).projected();
        ticket(t).assigned("a", team, t.plusSeconds(1))
                .slaMet(SlaTarget.FIRST_RESPONSE, t, Duration.ofMinutes(7), t.plus(Duration.ofMinutes(7))).projected();
        ticket(t).assigned("a", team, t.plusSeconds(1))
                .slaBreached(SlaTarget.FIRST_RESPONSE, t).projected();
        // a clock of a ticket reporting has not seen opened: no team, type or priority to filter it by
        UUID orphan = UUID.randomUUID();
        awaitProjected(Subscription.SLA_EVENTS, publish(orphan.toString(), t, new SlaClockStarted(orphan,
                UUID.randomUUID(), SlaTarget.RESOLUTION, "default", 1, Duration.ofHours(8), t.plus(Duration.ofHours(8)),
                t.plus(Duration.ofHours(6)), t)));
        String from = t.toString();
        String to = t.plus(Duration.ofMinutes(1)).toString();

        report("sla-compliance", Map.of("from", from, "to", to, "team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].target").value("FIRST_RESPONSE"))
                .andExpect(jsonPath("$.targets[0].met").value(2))
                .andExpect(jsonPath("$.targets[0].breached").value(1))
                .andExpect(jsonPath("$.targets[0].running").value(0))
                .andExpect(jsonPath("$.targets[0].compliance").value(0.6667))
                .andExpect(jsonPath("$.targets[1].target").value("NEXT_RESPONSE"))
                .andExpect(jsonPath("$.targets[1].compliance").doesNotExist())
                .andExpect(jsonPath("$.targets[2].target").value("RESOLUTION"))
                .andExpect(jsonPath("$.targets[2].running").value(1))
                .andExpect(jsonPath("$.targets[2].met").value(0));

        report("sla-compliance", Map.of("from", from, "to", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].met").value(2))
                .andExpect(jsonPath("$.targets[2].running").value(2));

        csv("sla-compliance", Map.of("from", from, "to", to, "team", team))
                .andExpect(status().isOk())
                .andExpect(content().string("target,met,breached,running,paused,stopped,compliance\r\n"
                        + "FIRST_RESPONSE,2,1,0,0,0,0.6667\r\n"
                        + "NEXT_RESPONSE,0,0,0,0,0,\r\n"
                        + "RESOLUTION,0,0,1,0,0,\r\n"));
    }
}
