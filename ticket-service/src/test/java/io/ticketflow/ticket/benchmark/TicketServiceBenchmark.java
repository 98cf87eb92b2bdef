package io.ticketflow.ticket.benchmark;

import io.ticketflow.ticket.web.Callers;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.Ticket;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmarks of ticket-service on this machine, printing figures and asserting none (timings are not
 * tests). Not part of {@code mvn verify}: failsafe runs *IT classes only. Run it with
 * {@code benchmarks/ticket-service.sh}, which prints the report this writes.
 *
 * <ol>
 *   <li>The command cycle open → assign → agent reply → resolve → close over HTTP, from concurrent
 *       clients, through Tomcat, MVC, Axon, the JDBC event store and the projections and publisher
 *       running alongside: cycles and commands per second, and latency percentiles per command.</li>
 *   <li>Loading a ticket with 1,000 events (what every command on it costs first), without and with a
 *       snapshot.</li>
 * </ol>
 * Knobs (system properties): {@code benchmark.clients} (default 16), {@code benchmark.seconds} (30),
 * {@code benchmark.warmup-seconds} (15).
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // snapshots are taken by hand below, so "without" and "with" are measured on the same ticket
        properties = "ticketflow.snapshot-threshold=1000000")
class TicketServiceBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup-seconds", 15));
    // signed once: signing per request would be measured with the service (valid five minutes, the run is shorter)
    private static final String AGENT_TOKEN = Callers.bearer("agent:a-1");
    private static final String[] STEPS = {"open", "assign", "reply", "resolve", "close"};
    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketServiceBenchmark.class);
        Callers.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    Repository<Ticket> tickets;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    JdbcTemplate jdbc;

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void benchmark() throws Exception {
        report("ticket-service benchmark: %d cores, Java %s, Kafka and PostgreSQL from the test kit (%s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), TestInfrastructure.get().mode());
        commandCycle();
        loadTime();
        Path file = Path.of("target", "benchmarks", "ticket-service.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
    }

    private void report(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args));
    }

    private void commandCycle() throws Exception {
        runCycles(WARMUP); // JIT, connection pools and caches warm; figures discarded
        Result result = runCycles(RUN);
        assertThat(result.failures.get()).as("failed commands").isZero();
        double seconds = RUN.toNanos() / 1e9;
        report("%ncommand cycle open -> assign -> reply -> resolve -> close, %d clients, %d s:%n",
                CLIENTS, RUN.toSeconds());
        report("  %.0f cycles/s, %.0f commands/s, %d failed%n",
                result.cycles.get() / seconds, result.cycles.get() * STEPS.length / seconds, result.failures.get());
        for (int step = 0; step < STEPS.length; step++) {
            long[] micros = result.latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            report("  %-8s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                    STEPS[step], pct(micros, 50), pct(micros, 95), pct(micros, 99), micros[micros.length - 1] / 1e3);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report("  heap used %d MiB of %d MiB committed (whole JVM: service, broker, load)%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    private Result runCycles(Duration duration) throws InterruptedException {
        Result result = new Result();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    if (cycle(result)) {
                        result.cycles.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
        return result;
    }

    private boolean cycle(Result result) {
        try {
            String id = timed(result, 0, "/api/tickets", """
                    {"subject":"Benchmark","description":"A ticket for the command cycle",
                     "requester":{"email":"bench@example.com","name":"Bench"},"type":"INQUIRY","channel":"API"}""");
            if (id == null) {
                return false;
            }
            return timed(result, 1, "/api/tickets/" + id + "/assign", "{\"agentId\":\"a-1\",\"teamId\":\"t-1\"}") != null
                    && timed(result, 2, "/api/tickets/" + id + "/messages",
                    "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Try again now\"}") != null
                    && timed(result, 3, "/api/tickets/" + id + "/resolve", "{\"resolutionCode\":\"SOLVED\"}") != null
                    && timed(result, 4, "/api/tickets/" + id + "/close", null) != null;
        } catch (Exception e) {
            result.failures.incrementAndGet();
            return false;
        }
    }

    /** POSTs and records the latency; answers the ticket id from the response, or null on failure. */
    private String timed(Result result, int step, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", AGENT_TOKEN)
                .timeout(Duration.ofSeconds(30));
        request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        result.latencies.get(step).add((System.nanoTime() - start) / 1_000);
        Matcher id = TICKET_ID.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !id.find()) {
            result.failures.incrementAndGet();
            return null;
        }
        return id.group(1);
    }

    private void loadTime() throws Exception {
        UUID id = UUID.fromString(timed(new Result(), 0, "/api/tickets", """
                {"subject":"A long conversation","requester":{"email":"bench@example.com","name":"Bench"},
                 "type":"INQUIRY","channel":"API"}"""));
        Actor agent = Actor.agent("a-1");
        for (int i = 1; i < 1_000; i++) { // with TicketOpened: 1,000 events
            commands.sendAndWait(new AddTicketMessageCommand(id, UUID.randomUUID(), MessageVisibility.INTERNAL_NOTE,
                    "note " + i + " on a ticket that keeps going", List.of(), agent));
        }
        long[] without = loads(id, 50);
        snapshotter.scheduleSnapshot(Ticket.class, id.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class,
                id.toString()) == 1);
        long[] with = loads(id, 50);
        report("%nloading a ticket with 1,000 events (50 loads each, after 10 unmeasured):%n");
        report("  without a snapshot  p50 %6.2f ms  p99 %6.2f ms%n", pct(without, 50), pct(without, 99));
        report("  with a snapshot     p50 %6.2f ms  p99 %6.2f ms%n", pct(with, 50), pct(with, 99));
    }

    /** Loads the aggregate as a command handler would, in a unit of work that is rolled back. */
    private long[] loads(UUID id, int times) {
        List<Long> micros = new ArrayList<>();
        for (int i = -10; i < times; i++) {
            var unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long start = System.nanoTime();
            tickets.load(id.toString());
            long took = (System.nanoTime() - start) / 1_000;
            unitOfWork.rollback();
            if (i >= 0) {
                micros.add(took);
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double pct(long[] sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1e3;
    }

    private static final class Result {
        final AtomicLong cycles = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final List<ConcurrentLinkedQueue<Long>> latencies = List.of(new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>());
    }
}
