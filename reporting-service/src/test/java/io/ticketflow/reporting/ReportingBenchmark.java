package io.ticketflow.reporting;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.reporting.messaging.Subscription;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * reporting-service's figures on this machine, printed, never asserted: a history of {@code benchmark.events}
 * (1,000,000 by default) ticket and SLA events published with the live consumers stopped, then how fast the live
 * consumers fold it (events projected per second), how long a rebuild takes to replay all of it into a shadow
 * schema and swap it in, and how long each report takes over the result. Not part of {@code mvn verify} (failsafe
 * runs *IT only); run {@code benchmarks/reporting.sh}.
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportingIntegrationTest.AdminByDefault.class)
class ReportingBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, ReportingBenchmark.class);
        SpringIssuer.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        report("reporting benchmark: %d cores, Java %s, Kafka and PostgreSQL from the test kit (%s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), TestInfrastructure.get().mode());
        listeners.stop();
        int tickets = publishHistory();

        long start = System.nanoTime();
        listeners.start();
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(500)).until(() -> folded() >= EVENTS);
        double live = seconds(start);
        report("%nlive consumers: %,d events (%,d tickets) folded in %.1f s = %,.0f events/s%n", folded(), tickets,
                live, folded() / live);
        sizes();
        heap();

        start = System.nanoTime();
        MvcResult accepted = mvc.perform(post("/api/reports/admin/rebuild")).andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
        String location = accepted.getResponse().getHeader("Location");
        AtomicReference<JsonNode> status = new AtomicReference<>();
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            status.set(JSON.readTree(mvc.perform(get(location)).andReturn().getResponse().getContentAsString()));
            return List.of("COMPLETED", "FAILED").contains(status.get().path("state").asString());
        });
        double rebuild = seconds(start);
        long replayed = status.get().path("eventsReplayed").asLong();
        report("%nrebuild: %s, %,d events replayed into a shadow schema and swapped in %.1f s = %,.0f events/s%n",
                status.get().path("state").asString(), replayed, rebuild, replayed / rebuild);

        report("%nreports over %,d tickets (each the best of 3, through MockMvc):%n", tickets);
        String range = "from=2020-01-01T00:00:00Z&to=2020-12-31T00:00:00Z";
        for (String path : List.of("summary?" + range, "backlog", "backlog?asOf=2020-03-01T00:00:00Z",
                "volume?granularity=day&" + range, "response-times?" + range, "resolution-times?" + range,
                "sla-compliance?" + range, "satisfaction?" + range, "agents?" + range, "escalations?" + range,
                "tickets?size=100")) {
            report("  GET /api/reports/%-50s %s%n", path, timed("/api/reports/" + path));
        }

        Path file = Path.of("target", "benchmarks", "reporting.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** Publishes whole tickets until {@link #EVENTS} events are out; returns how many tickets that took. */
    private int publishHistory() {
        TicketHistories histories = new TicketHistories(7, Instant.parse("2020-01-01T00:00:00Z"), "bench-team");
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        int published = 0;
        int tickets = 0;
        while (published < EVENTS) {
            for (ProducerRecord<String, Object> record : histories.ticket(tickets)) {
                kafka.send(record).whenComplete((result, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    }
                });
                published++;
            }
            tickets++;
        }
        kafka.flush();
        assertThat(failed.get()).isZero();
        double seconds = seconds(start);
        report("published: %,d events of %,d tickets in %.1f s = %,.0f events/s (live consumers stopped)%n",
                published, tickets, seconds, published / seconds);
        return tickets;
    }

    private long folded() {
        return jdbc.queryForObject("select count(*) from processed_event where consumer in (?, ?, ?)", Long.class,
                Arrays.stream(Subscription.values()).map(Subscription::consumer).toArray());
    }

    private String timed(String path) throws Exception {
        long best = Long.MAX_VALUE;
        int status = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            best = Math.min(best, System.nanoTime() - start);
        }
        return String.format(Locale.ROOT, "%6.0f ms (HTTP %d)", best / 1e6, status);
    }

    private void sizes() {
        report("tables: ticket_fact %s, ticket_status_span %s, sla_clock_fact %s, processed_event %s%n",
                size("ticket_fact"), size("ticket_status_span"), size("sla_clock_fact"), size("processed_event"));
    }

    private String size(String table) {
        return jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size(?::regclass))", String.class, table);
    }

    private void heap() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report("heap used after GC %d MiB of %d MiB committed (whole JVM: service, broker, test kit)%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Printed as it comes too, so that a phase that fails leaves the figures of those before it. */
    private void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.append(line);
        System.out.print(line);
    }
}
