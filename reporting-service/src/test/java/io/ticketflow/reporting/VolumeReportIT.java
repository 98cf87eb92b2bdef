package io.ticketflow.reporting;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.reporting.messaging.Subscription;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class VolumeReportIT extends ReportIntegrationTest {

    @Test
    void a_ticket_opened_delivered_twice_is_counted_once() throws Exception {
        Instant day = someDay();
        String team = unique("team");
        UUID ticket = UUID.randomUUID();
        UUID openedEvent = UUID.randomUUID();
        Instant opened = day.plus(Duration.ofHours(3));
        TicketOpened urgent = new TicketOpened(ticket, "s", "d", new Requester("a@example.org", "A", "Acme"),
                TicketType.INCIDENT, Priority.URGENT, Channel.WEB, List.of(), Map.of(), Actor.customer("c"), opened);
        publish(record(openedEvent, ticket.toString(), opened, urgent));
        publish(record(openedEvent, ticket.toString(), opened, urgent));
        awaitProjected(Subscription.TICKET_EVENTS, publish(ticket.toString(), opened.plusSeconds(60),
                new TicketAssigned(ticket, "agent-1", team, "test", Actor.system("routing"), opened.plusSeconds(60))));
        // and one more ticket, of another priority, in its own group
        ticket(day.plus(Duration.ofHours(5))).assigned("agent-1", team, day.plus(Duration.ofHours(6))).projected();

        report("volume", Map.of("from", day.toString(), "to", day.plus(Duration.ofDays(1)).toString(), "team", team,
                "groupBy", "type,priority"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.granularity").value("day"))
                .andExpect(jsonPath("$.groupBy", hasSize(2)))
                .andExpect(jsonPath("$.buckets", hasSize(2)))
                .andExpect(jsonPath("$.buckets[0].start").value(day.toString()))
                .andExpect(jsonPath("$.buckets[0].type").value("INCIDENT"))
                .andExpect(jsonPath("$.buckets[0].priority").value("HIGH"))
                .andExpect(jsonPath("$.buckets[0].opened").value(1))
                .andExpect(jsonPath("$.buckets[0].channel").doesNotExist())
                .andExpect(jsonPath("$.buckets[1].priority").value("URGENT"))
                .andExpect(jsonPath("$.buckets[1].opened").value(1))
                .andExpect(content().string(not(containsString("Acme"))));
    }

    @Test
    void tickets_are_counted_per_utc_hour_day_or_week_and_by_the_dimensions_asked_for() throws Exception {
        Instant monday = Instant.parse("2001-01-01T00:00:00Z")
                .plus(Duration.ofDays(7L * ThreadLocalRandom.current().nextInt(52 * 40)));
        String team = unique("team");
        ticket(monday.plus(Duration.ofMinutes(10)), TicketType.INCIDENT, Priority.LOW, Channel.WEB)
                .assigned("a", team, monday.plus(Duration.ofMinutes(11))).projected();
        ticket(monday.plus(Duration.ofMinutes(50)), TicketType.INCIDENT, Priority.LOW, Channel.CHAT)
                .assigned("a", team, monday.plus(Duration.ofMinutes(51))).projected();
        ticket(monday.plus(Duration.ofDays(2)), TicketType.BUG_REPORT, Priority.LOW, Channel.WEB)
                .assigned("a", team, monday.plus(Duration.ofDays(2)).plusSeconds(5)).projected();
        String from = monday.toString();

        report("volume", Map.of("from", from, "to", monday.plus(Duration.ofDays(3)).toString(), "team", team,
                "granularity", "hour", "groupBy", "type"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buckets", hasSize(2)))
                .andExpect(jsonPath("$.buckets[0].start").value(from))
                .andExpect(jsonPath("$.buckets[0].type").value("INCIDENT"))
                .andExpect(jsonPath("$.buckets[0].opened").value(2))
                .andExpect(jsonPath("$.buckets[1].start").value(monday.plus(Duration.ofDays(2)).toString()))
                .andExpect(jsonPath("$.buckets[1].type").value("BUG_REPORT"));

        report("volume", Map.of("from", from, "to", monday.plus(Duration.ofDays(14)).toString(), "team", team,
                "granularity", "week", "groupBy", "channel"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buckets", hasSize(2)))
                .andExpect(jsonPath("$.buckets[0].start").value(from))
                .andExpect(jsonPath("$.buckets[0].channel").value("CHAT"))
                .andExpect(jsonPath("$.buckets[0].opened").value(1))
                .andExpect(jsonPath("$.buckets[1].channel").value("WEB"))
                .andExpect(jsonPath("$.buckets[1].opened").value(2));

        csv("volume", Map.of("from", from, "to", monday.plus(Duration.ofDays(3)).toString(), "team", team,
                "channel", "web", "groupBy", "type"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"volume.csv\""))
                .andExpect(content().string("start,type,opened\r\n"
                        + from + ",INCIDENT,1\r\n"
                        + monday.plus(Duration.ofDays(2)) + ",BUG_REPORT,1\r\n"));
    }
}
