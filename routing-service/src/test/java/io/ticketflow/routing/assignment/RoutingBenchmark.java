package io.ticketflow.routing.assignment;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentSkill;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.routing.engine.AgentView;
import io.ticketflow.routing.engine.Availability;
import io.ticketflow.routing.engine.Decision;
import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.engine.RoutingEngine;
import io.ticketflow.routing.engine.RuleMatch;
import io.ticketflow.routing.engine.SkillRequirement;
import io.ticketflow.routing.engine.Strategy;
import io.ticketflow.routing.engine.TeamView;
import io.ticketflow.routing.engine.TicketFacts;
import io.ticketflow.routing.roster.ProposedProfile;
import io.ticketflow.routing.roster.RosterService;
import io.ticketflow.routing.roster.TeamDefinition;
import io.ticketflow.routing.rules.RoutingRules;
import io.ticketflow.routing.rules.RuleDraft;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routing decisions per second on this machine, printed, never asserted: the pure engine choosing among
 * 1,000 agents, then the loop draining a queue of 10,000 tickets onto them (each decision takes a capacity
 * slot, logs itself, writes its AssignTicket to the outbox), then the outbox relay publishing the commands.
 * Not part of {@code mvn verify} (failsafe runs *IT only); run {@code benchmarks/routing.sh}.
 */
@RealInfrastructure
@SpringBootTest
class RoutingBenchmark {

    private static final int AGENTS = Integer.getInteger("benchmark.agents", 1_000);
    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 10_000);
    private static final String TEAM = "bench";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, RoutingBenchmark.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    RosterService roster;

    @Autowired
    RoutingRules rules;

    @Autowired
    Assigner assigner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        report("routing benchmark: %d cores, Java %s, Kafka and PostgreSQL from the test kit (%s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), TestInfrastructure.get().mode());
        engineAlone();
        queueDrain();
        Path file = Path.of("target", "benchmarks", "routing.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
    }

    private void engineAlone() {
        List<AgentView> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(new AgentView("agent-" + i, Set.of(TEAM), Map.of("printers", 1 + i % 5), Set.of("en"), 10,
                    i % 10, i % 7 == 0 ? Availability.AWAY : Availability.ONLINE, Instant.EPOCH.plusSeconds(i)));
        }
        Rule rule = new Rule(UUID.randomUUID(), 1, "bench", new RuleMatch(Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of()), TEAM, List.of(new SkillRequirement("printers", 2)));
        TeamView team = new TeamView(TEAM, Strategy.SKILLS_LEAST_LOADED);
        for (int warm = 0; warm < 2_000; warm++) {
            RoutingEngine.chooseAgent(ticket(warm), rule, team, agents, Set.of());
        }
        long start = System.nanoTime();
        int assigned = 0;
        for (int i = 0; i < TICKETS; i++) {
            assigned += RoutingEngine.chooseAgent(ticket(i), rule, team, agents, Set.of()).outcome()
                    == Decision.Outcome.ASSIGNED ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(assigned).isEqualTo(TICKETS);
        report("%nengine alone: %,d decisions among %,d agents in %.2f s = %,.0f decisions/s%n", TICKETS, AGENTS,
                seconds, TICKETS / seconds);
    }

    private void queueDrain() {
        long setupStart = System.nanoTime();
        roster.define(TEAM, new TeamDefinition("Benchmark", null, RoutingStrategy.SKILLS_LEAST_LOADED));
        int capacity = (TICKETS + AGENTS - 1) / AGENTS; // room for every ticket, no more
        for (int i = 0; i < AGENTS; i++) {
            String agent = "agent-" + i;
            roster.register(agent, new ProposedProfile("Agent " + i, agent + "@example.com", List.of(TEAM),
                    List.of(new AgentSkill("printers", 1 + i % 5)), List.of("en"), capacity));
            roster.changeAvailability(agent, AgentAvailability.ONLINE, null);
        }
        rules.add(new RuleDraft(null, null, "bench", true, null, TEAM,
                List.of(new RuleDraft.SkillDraft("printers", 1))), null);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), "INCIDENT", "NORMAL", "WEB", Timestamp.from(now), TEAM,
                    UUID.randomUUID(), Timestamp.from(now.minusSeconds(TICKETS - i)), 1 + i % 4});
        }
        jdbc.batchUpdate("""
                INSERT INTO routed_ticket (ticket_id, type, priority, channel, status, opened_at, team_id, need,
                    need_event_id, need_since, priority_rank)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, 'QUEUED', ?, ?, ?)""", rows);
        jdbc.update("DELETE FROM outbox"); // the roster's own events: the relay's figure is the commands alone
        report("%nsetup: %,d agents online (capacity %d each) and %,d queued tickets in %.1f s%n", AGENTS, capacity,
                TICKETS, (System.nanoTime() - setupStart) / 1e9);

        long start = System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> assigner.drain(TEAM));
        double drained = (System.nanoTime() - start) / 1e9;
        long decided = jdbc.queryForObject("SELECT count(*) FROM routing_decision WHERE outcome = 'ASSIGNED'",
                Long.class);
        report("queue drain: %,d assigned in %.1f s = %,.0f decisions/s (engine, capacity slot, decision log,"
                + " outbox row, ticket row; one transaction)%n", decided, drained, decided / drained);

        long publishStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox WHERE published_at IS NULL", Long.class) == 0);
        double published = (System.nanoTime() - publishStart) / 1e9;
        report("outbox relay: %,d AssignTicket commands published to Kafka in %.1f s = %,.0f/s%n", decided, published,
                decided / published);
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report("heap used %d MiB of %d MiB committed (whole JVM: service, broker)%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20);
    }

    private static TicketFacts ticket(int i) {
        return new TicketFacts(UUID.randomUUID(), "INCIDENT", null, Set.of(), "NORMAL", "WEB", null, null,
                Instant.EPOCH.plusSeconds(i));
    }

    private void report(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args));
    }
}
