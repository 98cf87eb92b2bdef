package io.ticketflow.reporting;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.TestDatabase;
import io.ticketflow.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rebuilds against the real broker and database, while the live consumers run. Each test waits for its rebuild to end,
 * so the next one can start; the rebuild replays every test's events, and each test looks at its own.
 */
class RebuildIT extends ReportingIntegrationTest {

    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REBUILD = "/api/reports/admin/rebuild";
    private static final String REBUILDS = "/api/reports/admin/rebuilds";
    private static final int OLD_TICKETS = 30;

    @AfterEach
    void noRebuildRuns() {
        await("no rebuild running").atMost(REBUILD_PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from projection_rebuild where state in ('REPLAYING', 'SWAPPING')", Integer.class) == 0);
    }

    @Test
    void a_rebuild_comes_out_as_the_live_model_while_the_live_keeps_serving_and_loses_or_doubles_nothing()
            throws Exception {
        String prefix = unique("rebuild");
        Instant start = Instant.parse("2024-02-01T00:00:00Z");
        List<ProducerRecord<String, Object>> old = new ArrayList<>(roster(prefix, start));
        TicketHistories histories = new TicketHistories(11, start, prefix + "-team");
        List<UUID> oldTickets = new ArrayList<>();
        for (int n = 0; n < OLD_TICKETS; n++) {
            List<ProducerRecord<String, Object>> ticket = histories.ticket(n);
            oldTickets.add(ticketId(ticket));
            old.addAll(ticket);
        }
        old.forEach(this::publish);
        // the live consumer dead-letters a record it cannot read; the rebuild skips it
        publish(new ProducerRecord<>(Topics.TICKET_EVENTS, oldTickets.get(0).toString(),
                histories.ticket(OLD_TICKETS).get(0).value()));
        awaitProjected(old);
        Map<String, List<String>> live = snapshot(oldTickets, prefix);
        assertThat(live.get("ticket_fact")).hasSize(OLD_TICKETS);
        assertThat(live).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        long generation = liveSchemaOid();

        MvcResult accepted = mvc.perform(post(REBUILD))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString(REBUILDS + "/")))
                .andExpect(jsonPath("$.state").value("REPLAYING"))
                .andReturn();
        String location = accepted.getResponse().getHeader("Location");
        String rebuildId = JSON.readTree(accepted.getResponse().getContentAsString()).path("rebuildId").asString();
        assertThat(location).endsWith(REBUILDS + "/" + rebuildId);

        // new tickets keep coming while it runs, and the live model keeps answering
        TicketHistories later = new TicketHistories(12, start.plus(Duration.ofDays(30)), prefix + "-team");
        List<List<ProducerRecord<String, Object>>> newTickets = new ArrayList<>();
        do {
            List<ProducerRecord<String, Object>> ticket = later.ticket(newTickets.size());
            ticket.forEach(this::publish);
            newTickets.add(ticket);
            assertThat(jdbc.queryForObject("select count(*) from ticket_fact", Long.class))
                    .isGreaterThanOrEqualTo(OLD_TICKETS);
            assertThat(jdbc.queryForObject("select status from tickets where ticket_id = ?", String.class,
                    oldTickets.get(newTickets.size() % OLD_TICKETS))).isNotNull();
        } while (rebuild(location).path("state").asString().matches("REPLAYING|SWAPPING"));
        for (int after = 0; after < 2; after++) {
            List<ProducerRecord<String, Object>> ticket = later.ticket(newTickets.size());
            ticket.forEach(this::publish);
            newTickets.add(ticket);
        }

        JsonNode done = rebuild(location);
        assertThat(done.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("eventsReplayed").asLong()).isGreaterThanOrEqualTo(old.size());
        assertThat(done.path("eventsSkipped").asLong()).as("the unreadable record").isPositive();
        assertThat(done.path("percentage").asDouble()).isEqualTo(100.0);
        assertThat(done.path("partitions").size()).isEqualTo(6 + 6 + 3);
        done.path("partitions").forEach(partition -> assertThat(partition.path("position").asLong())
                .as(partition.toString()).isEqualTo(partition.path("end").asLong()));
        assertThat(done.path("finishedAt").isNull()).isFalse();
        assertThat(done.path("failure").isNull()).isTrue();

        // a new generation under the live name, nothing left of the shadow or the old one
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("reporting");
        assertThat(liveSchemaOid()).isNotEqualTo(generation);
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname like 'reporting\\_%'",
                Integer.class)).isZero();
        assertThat(snapshot(oldTickets, prefix)).isEqualTo(live);

        // every event of the new tickets folded exactly once, whichever generation first saw it
        List<ProducerRecord<String, Object>> all = newTickets.stream().flatMap(List::stream).toList();
        awaitProjected(all);
        for (List<ProducerRecord<String, Object>> ticket : newTickets) {
            UUID id = ticketId(ticket);
            long ticketEvents = ticket.stream().filter(event -> event.topic().equals(Topics.TICKET_EVENTS)).count();
            long slaEvents = ticket.stream().filter(event -> event.value() instanceof SlaEvent).count();
            long escalations = ticket.stream().filter(event -> event.value() instanceof TicketEscalated).count();
            assertThat(jdbc.queryForObject("select version from ticket_fact where ticket_id = ?", Long.class, id))
                    .as("ticket %s", id).isEqualTo(ticketEvents);
            assertThat(jdbc.queryForObject("select sum(version) from sla_clock_fact where ticket_id = ?", Long.class,
                    id)).as("SLA clocks of %s", id).isEqualTo(slaEvents);
            assertThat(jdbc.queryForObject("select count(*) from ticket_escalation where ticket_id = ?", Long.class,
                    id)).as("escalations of %s", id).isEqualTo(escalations);
        }

        mvc.perform(get(REBUILDS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rebuildId").value(rebuildId))
                .andExpect(jsonPath("$[0].state").value("COMPLETED"));
    }

    @Test
    void a_second_rebuild_while_one_runs_is_a_conflict_naming_it_and_a_silent_one_is_abandoned() throws Exception {
        // another instance's rebuild, as its row shows it
        UUID running = UUID.randomUUID();
        jdbc.update("insert into projection_rebuild (rebuild_id, state, requested_at, heartbeat_at)"
                + " values (?, 'REPLAYING', now(), now())", running);

        mvc.perform(post(REBUILD))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.rebuildId").value(running.toString()))
                .andExpect(jsonPath("$.detail", containsString(running.toString())));
        mvc.perform(get(REBUILDS + "/{id}", running))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REPLAYING"));

        // its instance died: no heartbeat for longer than abandon-after
        jdbc.update("update projection_rebuild set heartbeat_at = now() - interval '3 minutes' where rebuild_id = ?",
                running);
        String location = mvc.perform(post(REBUILD)).andExpect(status().isAccepted()).andReturn().getResponse()
                .getHeader("Location");

        mvc.perform(get(REBUILDS + "/{id}", running))
                .andExpect(jsonPath("$.state").value("ABANDONED"))
                .andExpect(jsonPath("$.failure", containsString("heartbeat")))
                .andExpect(jsonPath("$.finishedAt").isNotEmpty());
        assertThat(awaitEnded(location).path("state").asString()).isEqualTo("COMPLETED");
        mvc.perform(get(REBUILDS + "/{id}", running)).andExpect(jsonPath("$.state").value("ABANDONED"));
    }

    @Test
    void a_rebuild_that_fails_leaves_the_live_model_as_it_was_and_says_why() throws Exception {
        String prefix = unique("failing");
        TicketHistories histories = new TicketHistories(13, Instant.parse("2024-05-01T00:00:00Z"), prefix + "-team");
        List<ProducerRecord<String, Object>> ticket = histories.ticket(1);
        ticket.forEach(this::publish);
        awaitProjected(ticket);
        Map<String, List<String>> live = snapshot(List.of(ticketId(ticket)), prefix);
        long generation = liveSchemaOid();
        // a generation the last swap retired, which an analyst built a view on: not ours to drop with it
        jdbc.execute("create schema reporting_retired");
        jdbc.execute("create table reporting_retired.ticket_fact (ticket_id uuid)");
        jdbc.execute("create schema analyst_sandbox");
        jdbc.execute("create view analyst_sandbox.my_tickets as select * from reporting_retired.ticket_fact");
        try {
            String location = mvc.perform(post(REBUILD)).andExpect(status().isAccepted()).andReturn().getResponse()
                    .getHeader("Location");

            JsonNode failed = awaitEnded(location);
            assertThat(failed.path("state").asString()).isEqualTo("FAILED");
            assertThat(failed.path("failure").asString()).contains("reporting_retired")
                    .contains("analyst_sandbox.my_tickets");
            assertThat(failed.path("finishedAt").isNull()).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from analyst_sandbox.my_tickets", Integer.class)).isZero();
        } finally {
            jdbc.execute("drop schema analyst_sandbox cascade");
            jdbc.execute("drop schema reporting_retired cascade");
        }
        assertThat(liveSchemaOid()).isEqualTo(generation);
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'reporting_rebuild'",
                Integer.class)).as("the shadow schema is dropped").isZero();
        assertThat(snapshot(List.of(ticketId(ticket)), prefix)).isEqualTo(live);
    }

    @Test
    void a_rebuild_does_not_start_while_another_schema_builds_on_the_live_one_it_would_leave_behind()
            throws Exception {
        long generation = liveSchemaOid();
        jdbc.execute("create schema dashboard");
        jdbc.execute("create view dashboard.open_tickets as select ticket_id from reporting.ticket_fact"
                + " where status <> 'CLOSED'");
        try {
            String location = mvc.perform(post(REBUILD)).andExpect(status().isAccepted()).andReturn().getResponse()
                    .getHeader("Location");

            JsonNode failed = awaitEnded(location);
            assertThat(failed.path("state").asString()).isEqualTo("FAILED");
            assertThat(failed.path("failure").asString()).contains("dashboard.open_tickets");
        } finally {
            jdbc.execute("drop schema dashboard cascade");
        }
        assertThat(liveSchemaOid()).isEqualTo(generation);
    }

    @Test
    void an_analyst_reading_through_the_swap_holds_up_neither_it_nor_the_reports_and_keeps_access_after_it()
            throws Exception {
        String prefix = unique("reader");
        List<ProducerRecord<String, Object>> ticket =
                new TicketHistories(17, Instant.parse("2024-06-01T00:00:00Z"), prefix + "-team").ticket(2);
        ticket.forEach(this::publish);
        awaitProjected(ticket);
        UUID ticketId = ticketId(ticket);
        String login = prefix.replace('-', '_');
        jdbc.execute("create role " + login + " login password 'not-a-secret-test-only' in role reporting_reader");
        TestDatabase database = TestInfrastructure.get().databaseFor(ReportingIntegrationTest.class);
        try (Connection analyst = DriverManager.getConnection(database.jdbcUrl(), login, "not-a-secret-test-only")) {
            // a BI tool's session: a transaction left open on the live generation's tables
            analyst.setAutoCommit(false);
            assertThat(count(analyst, ticketId)).isEqualTo(1);
            long before = liveSchemaOid();

            String location = mvc.perform(post(REBUILD)).andExpect(status().isAccepted()).andReturn().getResponse()
                    .getHeader("Location");
            assertThat(awaitEnded(location).path("state").asString()).isEqualTo("COMPLETED");

            assertThat(liveSchemaOid()).isNotEqualTo(before);
            // the reports answer from the new generation while the old one is still being read
            mvc.perform(get("/api/reports/tickets/{id}", ticketId)).andExpect(status().isOk());
            assertThat(count(analyst, ticketId)).as("the open transaction reads on, in the new generation from its next statement").isEqualTo(1);
            analyst.commit();
            assertThat(count(analyst, ticketId)).as("the reader role's grants came with the new generation")
                    .isEqualTo(1);
        }
        await("the retired generation is dropped once nobody reads it").atMost(REBUILD_PATIENCE).until(() ->
                jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'reporting_retired'",
                        Integer.class) == 0);
    }

    private static int count(Connection analyst, UUID ticketId) throws SQLException {
        try (PreparedStatement query = analyst.prepareStatement(
                "select count(*) from reporting.tickets where ticket_id = ?")) {
            query.setObject(1, ticketId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void an_unknown_rebuild_is_a_not_found_problem_and_a_malformed_id_a_bad_request() throws Exception {
        UUID unknown = UUID.randomUUID();
        mvc.perform(get(REBUILDS + "/{id}", unknown))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rebuildId").value(unknown.toString()));
        mvc.perform(get(REBUILDS + "/{id}", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    /** Teams and agents of this test, and their changes. */
    private static List<ProducerRecord<String, Object>> roster(String prefix, Instant at) {
        List<ProducerRecord<String, Object>> events = new ArrayList<>();
        for (int team = 0; team < 10; team++) {
            String id = prefix + "-team-" + team;
            events.add(record(UUID.randomUUID(), id, at, new TeamDefined(id, "Team " + team, null,
                    RoutingStrategy.values()[team % RoutingStrategy.values().length], at)));
        }
        for (int agent = 0; agent < 8; agent++) {
            String id = prefix + "-agent-" + agent;
            List<String> teams = List.of(prefix + "-team-" + agent % 10);
            events.add(record(UUID.randomUUID(), id, at, new AgentRegistered(id, "Agent " + agent,
                    "agent" + agent + "@example.org", teams, List.of(), List.of("en"), 5, at)));
            events.add(record(UUID.randomUUID(), id, at.plusSeconds(60), new AgentAvailabilityChanged(id,
                    AgentAvailability.values()[agent % AgentAvailability.values().length], at.plusSeconds(60))));
            if (agent % 2 == 0) {
                events.add(record(UUID.randomUUID(), id, at.plusSeconds(120), new AgentUpdated(id, "Agent " + agent,
                        "agent" + agent + "@example.org", List.of(prefix + "-team-" + (agent + 1) % 10), List.of(),
                        List.of("en"), 3 + agent, at.plusSeconds(120))));
            }
        }
        return events;
    }

    /** Every table of the model, all columns, ordered, for this test's tickets, agents and teams. */
    private Map<String, List<String>> snapshot(List<UUID> tickets, String prefix) {
        String[] ids = tickets.stream().map(UUID::toString).toArray(String[]::new);
        String like = prefix + "-%";
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("ticket_fact", rows("ticket_fact t where ticket_id = any(?::uuid[]) order by ticket_id", ids));
        tables.put("ticket_status_span", rows("ticket_status_span t where ticket_id = any(?::uuid[])"
                + " order by ticket_id, seq", ids));
        tables.put("sla_clock_fact", rows("sla_clock_fact t where ticket_id = any(?::uuid[]) order by clock_id", ids));
        tables.put("ticket_escalation", rows("ticket_escalation t where ticket_id = any(?::uuid[])"
                + " order by event_id", ids));
        tables.put("agent_dim", rows("agent_dim t where agent_id like ? order by agent_id", like));
        tables.put("team_dim", rows("team_dim t where team_id like ? order by team_id", like));
        return tables;
    }

    private List<String> rows(String fromWhereOrder, Object parameter) {
        return jdbc.queryForList("select to_jsonb(t)::text from " + fromWhereOrder, String.class, parameter);
    }

    private long liveSchemaOid() {
        return jdbc.queryForObject("select oid::bigint from pg_namespace where nspname = current_schema()",
                Long.class);
    }

    private void awaitProjected(List<ProducerRecord<String, Object>> records) {
        String[] ids = records.stream().map(RebuildIT::eventId).toArray(String[]::new);
        await("reporting projects " + ids.length + " events").atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id = any(?::uuid[])", Integer.class,
                (Object) ids) == ids.length);
    }

    private JsonNode awaitEnded(String location) {
        return await("rebuild ends").atMost(REBUILD_PATIENCE).until(() -> rebuild(location),
                rebuild -> !rebuild.path("state").asString().matches("REPLAYING|SWAPPING"));
    }

    private JsonNode rebuild(String location) throws Exception {
        return JSON.readTree(mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static String eventId(ProducerRecord<String, Object> record) {
        return new String(record.headers().lastHeader(WireHeaders.EVENT_ID).value(), StandardCharsets.UTF_8);
    }

    private static UUID ticketId(List<ProducerRecord<String, Object>> ticket) {
        return ((TicketOpened) ticket.get(0).value()).ticketId();
    }
}
