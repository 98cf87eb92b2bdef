package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The loop on real Kafka and PostgreSQL, with this test playing ticket-service: tickets opened on
 * ticketflow.ticket-events come back as AssignTicket commands on ticketflow.ticket-commands; the test answers
 * them with TicketAssigned as ticket-service would, and capacity, the queue and the decision log follow.
 */
class AssignmentLoopIT extends RosterIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor ROUTING = Actor.system("routing-service");

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    TraceParents traces;

    @Test
    void tickets_go_to_the_least_loaded_skilled_agent_then_wait_in_the_queue_until_capacity_frees() throws Exception {
        String team = team("printers");
        String carol = agentWith("carol", team, 1, 4);
        String dave = agentWith("dave", team, 2, 2);
        String eve = agentWith("eve", team, 5, 1); // below the rule's level: never eligible
        online(carol, dave, eve);
        rule(team);

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            // equal loads: carol has the better skill score
            UUID first = open();
            AssignTicket toCarol = awaitAssign(commands, first);
            assertThat(toCarol.agentId()).isEqualTo(carol);
            assertThat(toCarol.teamId()).isEqualTo(team);
            assertThat(toCarol.expectedAssignee().agentId()).isNull();
            assertThat(toCarol.reason()).contains(carol).contains(team).hasSizeLessThanOrEqualTo(500);
            confirm(toCarol);

            // carol is at her capacity of one: dave twice, then nobody
            UUID second = open();
            AssignTicket toDave = awaitAssign(commands, second);
            assertThat(toDave.agentId()).isEqualTo(dave);
            confirm(toDave);
            UUID third = open();
            assertThat(awaitAssign(commands, third).agentId()).isEqualTo(dave);
            UUID fourth = open();
            await().atMost(WAIT).untilAsserted(() -> get("/api/routing/decisions/" + fourth)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decisions[0].outcome").value("QUEUED_NO_CAPACITY"))
                    .andExpect(jsonPath("$.decisions[0].teamId").value(team)));
            assertThat(commands.received(record -> fourth.toString().equals(record.key()))).isEmpty();

            // carol resolves her ticket: the queued one goes to her
            publish(new TicketResolved(first, ResolutionCode.SOLVED, null, Actor.agent(carol), Instant.now()));
            assertThat(awaitAssign(commands, fourth).agentId()).isEqualTo(carol);
        }

        get("/api/routing/decisions/" + UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(load(carol)).isEqualTo(1);
        assertThat(load(dave)).isEqualTo(2);
    }

    @Test
    void the_assignment_continues_the_trace_of_the_event_that_opened_the_ticket() throws Exception {
        String team = team("scanners");
        online(agentWith("heidi", team, 3, 3));
        rule(team);
        String traceId = "5a2f0c3e9d1b4e7f8a6c0d2e4f6a8b0c";

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            UUID ticket = UUID.randomUUID();
            // as ticket-service publishes it: within the trace of the request that opened the ticket
            traces.run("00-" + traceId + "-1a2b3c4d5e6f7a8b-01", () -> kafka.send(EnvelopeRecords.toProducerRecord(
                    Topics.TICKET_EVENTS, openedEnvelope(ticket, Priority.NORMAL))).join());

            ConsumerRecord<String, byte[]> assign = commands.awaitRecords(r -> ticket.toString().equals(r.key()), 1,
                    WAIT).get(0);
            String traceparent = new String(assign.headers().lastHeader(WireHeaders.TRACEPARENT).value(),
                    StandardCharsets.UTF_8);
            assertThat(traceparent).startsWith("00-" + traceId + "-");
        }
    }

    @Test
    void a_persons_assignment_wins_and_routings_pending_choice_gives_its_slot_back() throws Exception {
        String team = team("network");
        String frank = agentWith("frank", team, 3, 3);
        String grace = agentWith("grace", team, 3, 3);
        online(frank, grace);
        rule(team);

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            UUID ticket = open();
            AssignTicket routed = awaitAssign(commands, ticket);
            String other = routed.agentId().equals(frank) ? grace : frank;
            // before routing's command lands, a person gives the ticket to the other agent
            publish(new TicketAssigned(ticket, other, team, "knows the customer", Actor.agent(other), Instant.now()));
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(load(other)).isEqualTo(1);
                assertThat(load(routed.agentId())).isZero();
            });
        }
    }

    @Test
    void an_offline_agents_tickets_go_to_another_agent_of_the_team_and_only_while_the_owner_still_holds_them()
            throws Exception {
        String team = team("desk");
        String henry = agentWith("henry", team, 5, 3);
        String iris = agentWith("iris", team, 5, 2);
        online(henry);
        rule(team);

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            UUID ticket = open();
            AssignTicket toHenry = awaitAssign(commands, ticket);
            assertThat(toHenry.agentId()).isEqualTo(henry);
            confirm(toHenry);
            await().atMost(WAIT).untilAsserted(() -> assertThat(load(henry)).isEqualTo(1));

            online(iris);
            put("/api/agents/" + henry + "/availability", Map.of("availability", "OFFLINE"))
                    .andExpect(status().isOk());
            assertThat(reassigner.reassignDue()).isPositive();

            AssignTicket toIris = commands.awaitRecords(r -> ticket.toString().equals(r.key()), 2, WAIT).stream()
                    .map(record -> JsonCodec.fromJson(record.value(), AssignTicket.class))
                    .filter(command -> !command.commandId().equals(toHenry.commandId()))
                    .findFirst().orElseThrow();
            assertThat(toIris.agentId()).isEqualTo(iris);
            assertThat(toIris.expectedAssignee().agentId()).isEqualTo(henry);
            confirm(toIris);
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(load(henry)).isZero();
                assertThat(load(iris)).isEqualTo(1);
            });
            assertThat(reassigner.reassignDue()).isZero(); // nothing of henry's is left to move
        }
    }

    @Test
    void a_ticket_no_rule_matched_is_routed_as_soon_as_a_rule_does() throws Exception {
        String team = team("late");
        String jack = agentWith("jack", team, 5, 3);
        online(jack);
        lastTeam = team; // tickets tagged with the team, but no rule yet

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            UUID ticket = open();
            await().atMost(WAIT).untilAsserted(() -> get("/api/routing/decisions/" + ticket)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decisions[0].outcome").value("NO_MATCHING_RULE")));

            rule(team);
            assertThat(awaitAssign(commands, ticket).agentId()).isEqualTo(jack);
        }
    }

    @Test
    void a_simulation_replays_a_window_through_a_proposed_roster_and_assigns_nothing() throws Exception {
        Instant windowStart = Instant.now().minusSeconds(1);
        String team = team("sim");
        String kim = agentWith("kim", team, 1, 3);
        online(kim);
        rule(team);
        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            List<UUID> opened = List.of(open(), open(), open());
            await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT count(*) FROM routed_ticket WHERE team_id = ?", Long.class, team)).isEqualTo(3));
            String window = "\"from\":\"" + windowStart + "\",\"to\":\"" + Instant.now().plusSeconds(1) + "\"";

            // as things are: kim takes one, two wait
            post("/api/routing/simulate", "{" + window + "}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.teams['" + team + "'].assigned").value(1))
                    .andExpect(jsonPath("$.teams['" + team + "'].queued").value(2))
                    .andExpect(jsonPath("$.agents['" + kim + "']").value(1));
            // with a second agent of capacity five proposed: nobody waits
            post("/api/routing/simulate", "{" + window + ",\"agents\":[{\"agentId\":\"" + kim + "\",\"teamIds\":[\""
                    + team + "\"],\"skills\":[{\"skill\":\"printers\",\"level\":3}],\"capacity\":1},"
                    + "{\"agentId\":\"new-hire\",\"teamIds\":[\"" + team + "\"],\"skills\":[{\"skill\":"
                    + "\"printers\",\"level\":2}],\"capacity\":5}]}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.teams['" + team + "'].assigned").value(3))
                    .andExpect(jsonPath("$.teams['" + team + "'].queued").value(0))
                    .andExpect(jsonPath("$.agents['new-hire']").value(2));
            // nothing was assigned by simulating: the only commands are the live loop's one
            assertThat(commands.received(r -> opened.contains(UUID.fromString(r.key())))).hasSizeLessThanOrEqualTo(1);
        }
        refused(post("/api/routing/simulate", "{\"from\":\"2026-01-02T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"}"),
                400, "to");
        refused(post("/api/routing/simulate", "{\"to\":\"2026-01-01T00:00:00Z\"}"), 400, "from");
    }

    @Test
    void the_queue_serves_the_most_urgent_first_then_the_oldest_and_a_redelivered_event_decides_once()
            throws Exception {
        String team = team("queue");
        String lena = agentWith("lena", team, 1, 3);
        online(lena);
        rule(team);

        try (TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            UUID first = open(Priority.NORMAL);
            confirm(awaitAssign(commands, first));
            UUID low = open(Priority.LOW);
            UUID urgent = open(Priority.URGENT);
            UUID normal = open(Priority.NORMAL);
            await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT count(*) FROM routed_ticket WHERE team_id = ? AND need = 'QUEUED'", Long.class, team))
                    .isEqualTo(3));

            publish(new TicketResolved(first, ResolutionCode.SOLVED, null, Actor.agent(lena), Instant.now()));
            AssignTicket next = awaitAssign(commands, urgent);
            confirm(next);
            publish(new TicketResolved(urgent, ResolutionCode.SOLVED, null, Actor.agent(lena), Instant.now()));
            confirm(awaitAssign(commands, normal)); // NORMAL before the older LOW
            assertThat(commands.received(r -> low.toString().equals(r.key()))).isEmpty();

            // the same event twice (a producer retry, a rebalance): one decision, one command
            UUID twice = UUID.randomUUID();
            var envelope = openedEnvelope(twice, Priority.HIGH);
            kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, envelope)).join();
            kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, envelope)).join();
            await().atMost(WAIT).untilAsserted(() -> get("/api/routing/decisions/" + twice)
                    .andExpect(status().isOk()));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    get("/api/routing/decisions/" + twice).andExpect(jsonPath("$.decisions.length()").value(1)));
        }
    }

    @Autowired
    OfflineReassigner reassigner;

    private String agentWith(String prefix, String team, int capacity, int printersLevel) throws Exception {
        String agentId = unique(prefix);
        post("/api/agents", Map.of("agentId", agentId, "displayName", prefix, "email", prefix + "@example.com",
                "teamIds", List.of(team), "skills", List.of(Map.of("skill", "printers", "level", printersLevel)),
                "languages", List.of("en"), "maxConcurrentTickets", capacity))
                .andExpect(status().isCreated());
        return agentId;
    }

    private void online(String... agents) throws Exception {
        for (String agent : agents) {
            put("/api/agents/" + agent + "/availability", Map.of("availability", "ONLINE"))
                    .andExpect(status().isOk());
        }
    }

    /** Incidents tagged with this team's id go to it, needing printers at level 2. */
    private void rule(String team) throws Exception {
        post("/api/routing/rules", Map.of("name", "printers " + team, "enabled", true, "teamId", team,
                "match", Map.of("types", List.of("INCIDENT"), "tags", List.of(team)),
                "skills", List.of(Map.of("skill", "printers", "minLevel", 2))))
                .andExpect(status().isCreated());
        lastTeam = team;
    }

    private String lastTeam;

    private UUID open() {
        return open(Priority.NORMAL);
    }

    private UUID open(Priority priority) {
        UUID ticket = UUID.randomUUID();
        kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, openedEnvelope(ticket, priority))).join();
        return ticket;
    }

    private Envelope<TicketOpened> openedEnvelope(UUID ticket, Priority priority) {
        TicketOpened opened = new TicketOpened(ticket, "Printer jams", "Every page",
                new Requester("bob@example.com", "Bob", null), TicketType.INCIDENT, priority, Channel.WEB,
                List.of(lastTeam), Map.of(), Actor.customer("c-1"), Instant.now());
        MessageType type = MessageCatalog.of(TicketOpened.class);
        return new Envelope<>(UUID.randomUUID(), type.name(), type.revision(), Instant.now(), "it-" + ticket,
                "default", ticket.toString(), opened);
    }

    /** What ticket-service does with routing's command: the ticket is assigned. */
    private void confirm(AssignTicket command) {
        publish(new TicketAssigned(command.ticketId(), command.agentId(), command.teamId(), command.reason(), ROUTING,
                Instant.now()));
    }

    private void publish(TicketEvent event) {
        MessageType type = MessageCatalog.of(event.getClass());
        kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, new Envelope<>(UUID.randomUUID(),
                type.name(), type.revision(), Instant.now(), "it-" + UUID.randomUUID(), "default",
                event.ticketId().toString(), event))).join();
    }

    private static AssignTicket awaitAssign(TopicProbe commands, UUID ticket) {
        ConsumerRecord<String, byte[]> record = commands.awaitRecords(r -> ticket.toString().equals(r.key()), 1, WAIT)
                .get(0);
        assertThat(new String(record.headers().lastHeader(WireHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("AssignTicket");
        AssignTicket command = JsonCodec.fromJson(record.value(), AssignTicket.class);
        assertThat(new String(record.headers().lastHeader(WireHeaders.EVENT_ID).value(), StandardCharsets.UTF_8))
                .isEqualTo(command.commandId().toString());
        return command;
    }

    private int load(String agent) {
        List<Integer> loads = jdbc.queryForList("SELECT active_tickets FROM agent_load WHERE agent_id = ?",
                Integer.class, agent);
        return loads.isEmpty() ? 0 : loads.get(0);
    }
}
