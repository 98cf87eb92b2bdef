package io.ticketflow.sla.timer;

import io.ticketflow.api.sla.SlaClockRetargeted;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team's calendar through the running service: a {@code TicketAssigned} on the real topic moves the deadlines of a
 * ticket under a policy without a calendar into its team's, read from clock state stored before the ticket had a team.
 */
class TeamCalendarClocksIT extends TicketEventsIT {

    @Autowired
    PolicyBook book;

    @Test
    void an_assignment_to_a_team_with_a_calendar_re_targets_the_clocks_in_it() throws Exception {
        String organisation = policy("PT1H", "PT8H", List.of());
        // one working hour a week, three days from now: nowhere near the around-the-clock deadlines
        String calendarId = unique("sparse");
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek().name();
        post("/api/sla/calendars", Map.of("id", calendarId, "name", "Sparse", "zone", "UTC",
                "week", Map.of(day, List.of("09:00-10:00")), "holidays", List.of()))
                .andExpect(status().isCreated());
        String team = unique("tier");
        mvc.perform(json(MockMvcRequestBuilders.put("/api/sla/teams/" + team + "/calendar"),
                Map.of("calendarId", calendarId))).andExpect(status().isCreated());

        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TicketOpened opened = opened(organisation, openedAt);
            String key = opened.ticketId().toString();
            publish(opened, openedAt);
            sla.awaitRecords(of(key, SlaClockStarted.class), 2, Duration.ofSeconds(30));
            assertThat(jdbc.queryForObject("select jsonb_exists(state, 'teamId') from ticket_clocks"
                    + " where ticket_id = ?", Boolean.class, opened.ticketId()))
                    .as("stored as before teams had calendars").isFalse();

            Instant assignedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Duration used = Duration.between(openedAt, assignedAt);
            publish(new TicketAssigned(opened.ticketId(), "carol", team, "least loaded",
                    Actor.system("routing-service"), assignedAt), assignedAt);

            List<SlaClockRetargeted> retargeted = sla.awaitRecords(of(key, SlaClockRetargeted.class), 2,
                    Duration.ofSeconds(30)).stream().map(record -> (SlaClockRetargeted) payload(record)).toList();
            BusinessCalendar sparse = book.calendar(calendarId, 1);
            assertThat(retargeted).extracting(SlaClockRetargeted::target, SlaClockRetargeted::deadline)
                    .containsExactly(
                            tuple(SlaTarget.FIRST_RESPONSE, sparse.plus(assignedAt, Duration.ofHours(1).minus(used))),
                            tuple(SlaTarget.RESOLUTION, sparse.plus(assignedAt, Duration.ofHours(8).minus(used))));
            assertThat(retargeted.get(0).deadline()).isAfter(Instant.now().plus(Duration.ofDays(2)));
            get("/api/sla/tickets/" + key).andExpect(status().isOk())
                    .andExpect(jsonPath("$.calendarId").value(calendarId))
                    .andExpect(jsonPath("$.calendarVersion").value(1));
        }
    }
}
