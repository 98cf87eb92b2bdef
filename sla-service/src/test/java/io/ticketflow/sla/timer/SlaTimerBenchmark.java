package io.ticketflow.sla.timer;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The durable timer's figures on this machine, printed, never asserted: how fast ticket openings become clocks
 * with timers (100,000 by default, under the seeded 24x7 default policy), how many active timers the service then
 * holds, how fast the timer fires them once they are all due (warning and breach of two clocks per ticket, each
 * with its escalation-free SLA events written to the outbox), and how fast the outbox relay publishes those
 * events. Not part of {@code mvn verify} (failsafe runs *IT only); run {@code benchmarks/sla.sh}.
 */
@RealInfrastructure
@SpringBootTest(properties = {"ticketflow.sla.timer.poll-interval=1h", "ticketflow.outbox.batch-size=${benchmark.outbox-batch:500}"})
class SlaTimerBenchmark {

    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 100_000);
    private static final int BATCH = 500;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, SlaTimerBenchmark.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    ClockKeeper keeper;

    @Autowired
    ClockStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        report("sla timer benchmark: %d cores, Java %s, Kafka and PostgreSQL from the test kit (%s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), TestInfrastructure.get().mode());
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Instant openedAt = Instant.now();

        long start = System.nanoTime();
        for (int from = 0; from < TICKETS; from += BATCH) {
            List<Envelope<TicketEvent>> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(TICKETS, from + BATCH); i++) {
                batch.add(opened(i, openedAt.plusMillis(i)));
            }
            transactions.executeWithoutResult(status -> keeper.apply(batch));
        }
        double opening = (System.nanoTime() - start) / 1e9;
        long active = store.activeTimers();
        report("%nopened: %,d tickets -> clocks and timers in %.1f s = %,.0f tickets/s (batches of %d, one"
                + " transaction each: row locks, engine, state upsert, outbox rows)%n", TICKETS, opening,
                TICKETS / opening, BATCH);
        report("active timers held: %,d (ticket_clocks %s, its due index %s)%n", active,
                jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('ticket_clocks'))", String.class),
                jdbc.queryForObject("select pg_size_pretty(pg_relation_size('ticket_clocks_due'))", String.class));
        heap();
        awaitOutboxDrained("SlaClockStarted", start);

        // every warning and breach falls due at once, as after a long downtime
        Instant until = openedAt.plus(Duration.ofDays(30));
        long events = jdbc.queryForObject("select count(*) from outbox", Long.class);
        start = System.nanoTime();
        int tickets = 0;
        int claimed;
        do {
            claimed = keeper.fireDue(until, BATCH);
            tickets += claimed;
        } while (claimed > 0);
        double firing = (System.nanoTime() - start) / 1e9;
        long fired = jdbc.queryForObject("select count(*) from outbox", Long.class) - events;
        assertThat(store.activeTimers()).isZero();
        report("%nfired: %,d due tickets in %.1f s = %,.0f tickets/s, %,d warnings and breaches = %,.0f timer"
                + " events/s (batches of %d claimed with SKIP LOCKED)%n", tickets, firing, tickets / firing, fired,
                fired / firing, BATCH);
        heap();
        awaitOutboxDrained("SlaWarningRaised and SlaBreached", start);

        Path file = Path.of("target", "benchmarks", "sla.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
    }

    /** The relay publishes while the phase runs; what counts is when the phase's last event is on Kafka. */
    private void awaitOutboxDrained(String what, long phaseStart) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox where published_at is null", Long.class) == 0);
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        long rows = jdbc.queryForObject("select count(*) from outbox where event_type in (" + String.join(", ",
                java.util.Arrays.stream(what.split(" and ")).map(type -> "'" + type + "'").toList()) + ")", Long.class);
        report("outbox relay: all %,d %s events on Kafka %.1f s after the phase started = %,.0f events/s end to"
                + " end%n", rows, what, seconds, rows / seconds);
    }

    private void heap() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report("heap used after GC %d MiB of %d MiB committed (whole JVM: service, broker, test kit)%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    private static Envelope<TicketEvent> opened(int i, Instant at) {
        UUID ticket = UUID.randomUUID();
        TicketOpened opened = new TicketOpened(ticket, "Benchmark " + i, "Timer load",
                new Requester("bench@example.com", "Bench", null), TicketType.values()[i % 5],
                Priority.values()[i % 4], Channel.API, List.of(), Map.of(), Actor.customer("bench"), at);
        return new Envelope<>(UUID.randomUUID(), "TicketOpened", 1, at, "bench-" + i, "default", ticket.toString(),
                opened);
    }

    private void report(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args));
    }
}
