package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.ticket.command.EscalateTicketCommand;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Concurrent commands on one ticket and snapshots, on real PostgreSQL and Kafka. The snapshot threshold is
 * lowered to {@value #THRESHOLD} for the whole class, so the concurrency test also runs across snapshots.
 */
@RealInfrastructure
@SpringBootTest(properties = "ticketflow.snapshot-threshold=" + TicketConsistencyIT.THRESHOLD)
@AutoConfigureMockMvc
@Import(Callers.DefaultCaller.class)
class TicketConsistencyIT {

    static final int THRESHOLD = 5;
    private static final String AGENT = "agent:a-17";
    private static final String REQUESTER = "customer:c-42";
    private static final String OPENING = """
            {"subject":"Cannot log in","description":"Password reset mail never arrives",
             "requester":{"email":"bob@example.com","name":"Bob"},"type":"INQUIRY","channel":"EMAIL",
             "tags":["login"]}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketConsistencyIT.class);
        Callers.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    /**
     * In one instance Axon serialises commands on one ticket with a lock, so these may never truly collide;
     * across instances they do, and then the store's unique (ticket, sequence) refuses the loser's append
     * (next test) and the answer is a 409. Either way no write may be lost or doubled: that is the invariant.
     */
    @Test
    void conflicting_commands_at_the_same_time_never_lose_or_double_a_write() throws Exception {
        String id = open();
        int iterations = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<List<Integer>>> workers = new ArrayList<>();
            for (String agent : List.of("a-1", "a-2")) {
                workers.add(pool.submit(() -> {
                    List<Integer> answers = new ArrayList<>();
                    for (int i = 0; i < iterations; i++) {
                        answers.add(command(id, "assign", AGENT,
                                "{\"agentId\":\"" + agent + "\",\"teamId\":\"mail\"}").andReturn().getResponse().getStatus());
                    }
                    return answers;
                }));
            }
            for (Future<List<Integer>> worker : workers) {
                statuses.addAll(worker.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(2 * iterations).allMatch(status -> status == 200 || status == 409);
        List<Long> sequences = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, id);
        assertThat(sequences).as("gap-free and unique").containsExactlyElementsOf(
                LongStream.range(0, sequences.size()).boxed().toList());
        long last = sequences.get(sequences.size() - 1);
        assertThat(last).as("a change of owner on most commands").isGreaterThan(iterations / 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/tickets/{id}", id)).andExpect(jsonPath("$.version").value(last)));
        mvc.perform(get("/api/tickets/{id}/history", id)).andExpect(jsonPath("$.events.length()").value(sequences.size()));
    }

    /**
     * A deterministic collision: {@link SecondWriter} lets "another instance" store an event on the ticket
     * after this command loaded it and before it commits, as two replicas would.
     */
    @Test
    void the_loser_of_a_real_collision_gets_a_409_problem_with_the_current_version() throws Exception {
        String id = open();
        problem(command(id, "escalate", AGENT, "{\"reason\":\"" + SecondWriter.COLLIDE + "\"}"), 409)
                .andExpect(jsonPath("$.ticketId").value(id))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/tickets/{id}/history", id))
                .andExpect(jsonPath("$.events.length()").value(2))
                .andExpect(jsonPath("$.events[1].actor.id").value("other-instance"));

        // read again and retry: the command applies on top of the winner's event
        long version = accepted(command(id, "escalate", AGENT, "{\"reason\":\"still slow\"}"));
        assertThat(version).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", id))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.escalationLevel").value(2)));
    }

    /** What a second instance's late append meets: the store refuses a sequence that is already taken. */
    @Test
    void the_store_refuses_a_second_event_at_a_taken_sequence() throws Exception {
        String id = open();
        long version = accepted(command(id, "escalate", AGENT, "{\"reason\":\"slow\"}"));
        var late = new GenericDomainEventMessage<>("Ticket", id, version,
                new TicketEscalated(UUID.fromString(id), 9, EscalationTrigger.MANUAL, "late writer", null,
                        Actor.agent("a-9"), Instant.now()));
        assertThatThrownBy(() -> eventStore.publish(late)).isInstanceOf(ConcurrencyException.class);
        mvc.perform(get("/api/tickets/{id}/history", id))
                .andExpect(jsonPath("$.events.length()").value(version + 1))
                .andExpect(jsonPath("$.events[" + version + "].payload.level").value(1));
    }

    @Test
    void a_ticket_with_more_events_than_the_threshold_is_snapshotted_and_still_works() throws Exception {
        String id = open();
        accepted(command(id, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"mail\"}"));
        for (int i = 0; i < THRESHOLD; i++) {
            accepted(command(id, "tags", AGENT, "{\"add\":[\"t" + i + "\"],\"remove\":[]}"));
        }
        accepted(command(id, "resolve", AGENT, "{\"resolutionCode\":\"SOLVED\"}"));
        long rated = accepted(command(id, "satisfaction", REQUESTER, "{\"score\":5}"));
        for (int i = 0; i < THRESHOLD + 1; i++) {
            accepted(command(id, "messages", AGENT, "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"note " + i + "\"}"));
        }

        // the snapshotter runs after the command's transaction: wait for one that covers the rating
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, id) >= rated);
        String snapshot = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1", String.class, id);
        assertThat(snapshot).contains("\"status\":\"RESOLVED\"", "\"rated\":true", "\"t4\"");

        // loaded from the snapshot, the ticket keeps its rules' state: rated once, and its tags
        problem(command(id, "satisfaction", REQUESTER, "{\"score\":1}"), 409);
        long before = accepted(command(id, "messages", AGENT, "{\"visibility\":\"INTERNAL_NOTE\",\"body\":\"x\"}"));
        long after = accepted(command(id, "tags", AGENT, "{\"add\":[],\"remove\":[\"t2\"]}"));
        assertThat(after).as("removing a tag it has is a change").isEqualTo(before + 1);
        accepted(command(id, "reopen", AGENT, "{\"reason\":\"again\"}"));

        // the audit trail still starts at the beginning, not at the snapshot
        mvc.perform(get("/api/tickets/{id}/history", id))
                .andExpect(jsonPath("$.events[0].type").value("TicketOpened"))
                .andExpect(jsonPath("$.events.length()").value(after + 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", id))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(after + 1))
                .andExpect(jsonPath("$.tags.length()").value(THRESHOLD)));
    }

    /** Plays a second replica that writes to the same ticket while a command is between load and commit. */
    @TestConfiguration
    static class SecondWriter {
        static final String COLLIDE = "collide with another instance";

        @Bean
        Registration secondWriterOnCollide(CommandBus commandBus, EventStorageEngine storage) {
            return commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof EscalateTicketCommand command
                        && COLLIDE.equals(command.reason())) {
                    // prepare-commit handlers run in registration order: this one before the event store's append
                    unitOfWork.onPrepareCommit(uow -> CompletableFuture.runAsync(() -> {
                        // another thread: its own connection and transaction, like another process
                        String id = command.ticketId().toString();
                        long next = storage.lastSequenceNumberFor(id).orElse(-1L) + 1;
                        storage.appendEvents(new GenericDomainEventMessage<>("Ticket", id, next, new TicketEscalated(
                                command.ticketId(), 1, EscalationTrigger.MANUAL, "from elsewhere", null,
                                Actor.agent("other-instance"), Instant.now())));
                    }).join());
                }
                return chain.proceed();
            });
        }
    }

    private String open() throws Exception {
        MvcResult created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(OPENING))
                .andExpect(status().isCreated()).andReturn();
        Matcher matcher = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(created.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private ResultActions command(String ticketId, String path, String actor, String body) throws Exception {
        var request = post("/api/tickets/{id}/" + path, ticketId).with(Callers.as(actor));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static long accepted(ResultActions result) throws Exception {
        String body = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
