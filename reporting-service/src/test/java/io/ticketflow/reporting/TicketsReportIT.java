package io.ticketflow.reporting;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TicketsReportIT extends ReportIntegrationTest {

    @Test
    void tickets_page_newest_first_with_the_total_across_pages() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        Story oldest = ticket(t).assigned("a", team, t.plusSeconds(1)).projected();
        Story middle = ticket(t.plus(Duration.ofHours(1)), TicketType.BUG_REPORT, Priority.LOW, Channel.API)
                .assigned("a", team, t.plus(Duration.ofHours(1)).plusSeconds(1))
                .resolved("a", t.plus(Duration.ofHours(2))).projected();
        Story newest = ticket(t.plus(Duration.ofHours(3))).assigned("a", team, t.plus(Duration.ofHours(3)).plusSeconds(1))
                .projected();

        report("tickets", Map.of("team", team, "size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].ticketId", contains(newest.id().toString(), middle.id().toString())));
        report("tickets", Map.of("team", team, "size", "2", "page", "1"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].ticketId", contains(oldest.id().toString())));
        report("tickets", Map.of("team", team, "status", "resolved,closed"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].ticketId").value(middle.id().toString()))
                .andExpect(jsonPath("$.items[0].type").value("BUG_REPORT"))
                .andExpect(jsonPath("$.items[0].resolutionSeconds").value(3600));
        report("tickets", Map.of("team", team, "from", t.plus(Duration.ofMinutes(30)).toString(),
                "to", t.plus(Duration.ofHours(2)).toString()))
                .andExpect(jsonPath("$.items[*].ticketId", contains(middle.id().toString())));
    }

    @Test
    void tickets_as_csv_neutralise_what_a_spreadsheet_would_run() throws Exception {
        Instant t = someDay();
        String team = unique("team");
        Story story = ticket(t).assigned("a", team, t.plusSeconds(1)).projected();

        csv("tickets", Map.of("team", team))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tickets.csv\""))
                .andExpect(content().string(startsWith("ticketId,type,category,priority,initialPriority,channel,status,"
                        + "tags,requesterOrganisation,teamId,assigneeId,openedAt,")))
                .andExpect(content().string(containsString(story.id() + ",INCIDENT,,HIGH,HIGH,EMAIL,OPEN,"
                        + "printer;-urgent,\"'=HYPERLINK(\"\"http://evil\"\")\"," + team + ",a," + t + ",")))
                .andExpect(content().string(not(containsString("grace@example.org"))));
    }

    @Test
    void one_ticket_in_json_or_csv_and_an_unknown_or_malformed_id_is_a_problem() throws Exception {
        Instant t = someDay();
        Story story = ticket(t).projected();

        mvc.perform(get("/api/reports/tickets/{id}", story.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ticketId").value(story.id().toString()))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.tags", contains("printer", "-urgent")))
                .andExpect(jsonPath("$.openedAt").value(t.toString()))
                .andExpect(content().string(not(containsString("Grace Hopper"))));
        mvc.perform(get("/api/reports/tickets/{id}", story.id()).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ticket-" + story.id() + ".csv\""))
                .andExpect(content().string(containsString("\r\n" + story.id() + ",INCIDENT,")));

        UUID unknown = UUID.randomUUID();
        mvc.perform(get("/api/reports/tickets/{id}", unknown))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.ticketId").value(unknown.toString()));
        mvc.perform(get("/api/reports/tickets/{id}", "not-a-uuid").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ticketId"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be a UUID"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void a_team_no_ticket_is_in_gives_an_empty_page() throws Exception {
        report("tickets", Map.of("team", unique("team")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0));
        csv("tickets", Map.of("team", unique("team")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("ticketId,")))
                .andExpect(content().string(endsWith(",lastEventAt\r\n")));
    }
}
