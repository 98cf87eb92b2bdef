package io.ticketflow.ticket.policy;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.ticket.web.TicketRestClient;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.ticketflow.ticket.web.TicketRestClient.AGENT;
import static io.ticketflow.ticket.web.TicketRestClient.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Resolved tickets close by themselves once their resolution period has passed, on real PostgreSQL and
 * Kafka. The period is two seconds here so the test can watch it pass.
 */
@RealInfrastructure
@SpringBootTest(properties = {
        "ticketflow.auto-close.after=2s",
        "ticketflow.auto-close.poll-interval=200ms",
        "ticketflow.auto-close.retry-after=1s"})
@AutoConfigureMockMvc
class AutoCloseIT {

    private static final String RESOLVE = "{\"resolutionCode\":\"SOLVED\",\"note\":\"new mail server\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, AutoCloseIT.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AutoCloser autoCloser;

    TicketRestClient tickets;

    @BeforeEach
    void client() {
        tickets = new TicketRestClient(mvc);
        autoCloser.start(); // a test below stops it, as a restart would
    }

    @Test
    void a_resolved_ticket_is_closed_automatically_and_the_close_is_published() throws Exception {
        try (TopicProbe probe = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            String id = tickets.open();
            accepted(tickets.command(id, "resolve", AGENT, RESOLVE));

            var closed = probe.awaitRecords(record -> id.equals(record.key())
                    && "TicketClosed".equals(header(record.headers().lastHeader(WireHeaders.EVENT_TYPE))),
                    1, Duration.ofSeconds(30)).get(0);
            assertThat(new String(closed.value(), StandardCharsets.UTF_8))
                    .contains("\"reason\":\"AUTO_CLOSED\"")
                    .contains("\"closedBy\":{\"kind\":\"SYSTEM\",\"id\":\"auto-close\"}");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tickets.view(id)
                    .andExpect(jsonPath("$.status").value("CLOSED"))
                    .andExpect(jsonPath("$.closeReason").value("AUTO_CLOSED")));
        }
    }

    @Test
    void a_ticket_reopened_within_its_resolution_period_stays_open() throws Exception {
        String id = tickets.open();
        accepted(tickets.command(id, "resolve", AGENT, RESOLVE));
        long version = accepted(tickets.command(id, "reopen", AGENT, "{\"reason\":\"still no mail\"}"));

        // three times the period, and the auto-closer looks every 200 ms: it had every chance to close it
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> tickets.view(id)
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(version)));
    }

    @Test
    void a_deadline_that_passed_while_no_instance_ran_closes_the_ticket_at_once_and_only_once() throws Exception {
        autoCloser.stop();
        String id = tickets.open();
        accepted(tickets.command(id, "resolve", AGENT, RESOLVE));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).untilAsserted(() -> tickets.view(id)
                .andExpect(jsonPath("$.status").value("RESOLVED")));

        autoCloser.start(); // what a restarted instance does: its first look finds the overdue ticket
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> tickets.view(id)
                .andExpect(jsonPath("$.status").value("CLOSED")));
        // a second instance looking at the same moment finds nothing left to close
        assertThat(autoCloser.closeDueTickets()).isZero();
        tickets.history(id).andExpect(jsonPath("$.events[?(@.type == 'TicketClosed')]", hasSize(1)));
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
