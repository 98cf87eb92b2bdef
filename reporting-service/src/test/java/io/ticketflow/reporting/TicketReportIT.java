package io.ticketflow.reporting;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AutoConfigureMockMvc
class TicketReportIT extends ConsumerIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketReportIT.class);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_ticket_opened_delivered_twice_is_reported_once() throws Exception {
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        deliverTwice("reporting-service", TicketEventRecords.ticketOpened(event, ticket));

        mvc.perform(get("/api/reports/tickets/{id}", ticket))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ticketId").value(ticket.toString()))
                .andExpect(jsonPath("$.type").value("INCIDENT"))
                .andExpect(jsonPath("$.priority").value("URGENT"))
                .andExpect(jsonPath("$.channel").value("WEB"))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.tags", contains("login", "vpn")))
                .andExpect(jsonPath("$.requesterOrganisation").value("Acme"))
                .andExpect(jsonPath("$.openedAt").value(TicketEventRecords.OPENED_AT.toString()))
                .andExpect(jsonPath("$.lastEventId").value(event.toString()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(content().string(not(containsString("ada@example.org"))))
                .andExpect(content().string(not(containsString("Ada Lovelace"))));
    }

    @Test
    void each_ticket_opened_is_counted_once_in_its_hour_however_often_it_is_delivered() throws Exception {
        // an hour no other test writes to (the sentinels of deliverTwice are opened at OPENED_AT)
        Instant hour = Instant.parse("2001-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextInt(24 * 365 * 20), ChronoUnit.HOURS);
        String from = hour.toString();
        String to = hour.plus(Duration.ofHours(1)).toString();

        deliverTwice("reporting-service", TicketEventRecords.record(UUID.randomUUID(),
                openedAt(UUID.randomUUID(), hour.plus(Duration.ofMinutes(37)))));

        mvc.perform(get("/api/reports/volume").param("from", from).param("to", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].hour").value(from))
                .andExpect(jsonPath("$[0].type").value("INCIDENT"))
                .andExpect(jsonPath("$[0].channel").value("WEB"))
                .andExpect(jsonPath("$[0].priority").value("URGENT"))
                .andExpect(jsonPath("$[0].opened").value(1))
                .andExpect(content().string(not(containsString("Acme"))));

        // a second ticket in the same hour adds to the bucket rather than replacing it
        deliverTwice("reporting-service", TicketEventRecords.record(UUID.randomUUID(),
                openedAt(UUID.randomUUID(), hour.plus(Duration.ofMinutes(59)))));

        mvc.perform(get("/api/reports/volume").param("from", from).param("to", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].opened").value(2));
    }

    @Test
    void volume_parameters_that_are_missing_are_each_named_in_a_bad_request_problem() throws Exception {
        mvc.perform(get("/api/reports/volume"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to")))
                .andExpect(jsonPath("$.errors[0].reason").value("is required"));
    }

    @Test
    void a_volume_parameter_that_is_not_an_instant_is_a_bad_request_problem_naming_it() throws Exception {
        mvc.perform(get("/api/reports/volume").param("from", "yesterday").param("to", "2026-03-01T10:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void a_volume_period_that_ends_before_it_starts_or_spans_more_than_31_days_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/reports/volume").param("from", "2026-03-01T10:00:00Z").param("to", "2026-03-01T10:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be after from"));
        mvc.perform(get("/api/reports/volume").param("from", "2026-01-01T00:00:00Z").param("to", "2026-02-01T00:00:01Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("31 days")));
        mvc.perform(get("/api/reports/volume").param("from", "2026-01-01T00:00:00Z").param("to", "2026-02-01T00:00:00Z"))
                .andExpect(status().isOk());
    }

    @Test
    void a_volume_period_outside_what_the_database_can_hold_is_a_bad_request_not_a_server_error() throws Exception {
        mvc.perform(get("/api/reports/volume").param("from", "+100000-01-01T00:00:00Z").param("to", "+100000-01-02T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)));
    }

    @Test
    void an_unknown_ticket_is_a_not_found_problem_naming_it() throws Exception {
        UUID unknown = UUID.randomUUID();

        mvc.perform(get("/api/reports/tickets/{id}", unknown))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.ticketId").value(unknown.toString()))
                .andExpect(jsonPath("$.detail", containsString(unknown.toString())));
    }

    @Test
    void a_malformed_ticket_id_is_a_bad_request_problem() throws Exception {
        mvc.perform(get("/api/reports/tickets/{id}", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private static TicketOpened openedAt(UUID ticketId, Instant openedAt) {
        TicketOpened ticket = TicketEventRecords.ticketOpened(ticketId);
        return new TicketOpened(ticket.ticketId(), ticket.subject(), ticket.description(), ticket.requester(),
                ticket.type(), ticket.priority(), ticket.channel(), ticket.tags(), ticket.customFields(),
                ticket.openedBy(), openedAt);
    }
}
