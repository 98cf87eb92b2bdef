package io.ticketflow.ticket.policy;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.ticket.web.Callers;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

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
@Import(Callers.DefaultCaller.class)
class AutoCloseIT {

    private static final String RESOLVE = "{\"resolutionCode\":\"SOLVED\",\"note\":\"new mail server\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, AutoCloseIT.class);
        Callers.register(registry);
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
    void a_ticket_resolved_again_gets_its_whole_period_again() throws Exception {
        String id = tickets.open();
        accepted(tickets.command(id, "resolve", AGENT, RESOLVE));
        accepted(tickets.command(id, "reopen", AGENT, "{\"reason\":\"still no mail\"}"));
        await().pollDelay(Duration.ofMillis(1500)).until(() -> true); // most of the first period goes by
        long resolvedAgain = accepted(tickets.command(id, "resolve", AGENT, RESOLVE));

        // the first resolution's deadline passes; the ticket stays resolved until the second one's does
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> tickets.view(id)
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.version").value(resolvedAgain)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> tickets.view(id)
                .andExpect(jsonPath("$.status").value("CLOSED")));
    }

    @Test
    void two_instances_looking_at_once_close_each_due_ticket_once() throws Exception {
        autoCloser.stop();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = tickets.open();
            accepted(tickets.command(id, "resolve", AGENT, RESOLVE));
            ids.add(id);
        }
        await().pollDelay(Duration.ofMillis(2500)).until(() -> true); // all due now

        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(autoCloser::closeDueTickets);
            var second = pool.submit(autoCloser::closeDueTickets);
            // between them every due ticket closed, none twice (a refused second close does not count)
            assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(ids.size());
        } finally {
            pool.shutdown();
        }
        for (String id : ids) {
            tickets.history(id).andExpect(jsonPath("$.events[?(@.type == 'TicketClosed')]", hasSize(1)));
        }
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
