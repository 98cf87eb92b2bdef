package io.ticketflow.reporting;

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

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
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
}
