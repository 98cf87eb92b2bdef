package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail, time travel and idempotent opening, on real PostgreSQL and Kafka.
 */
class TicketHistoryIT extends RestApiIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketHistoryIT.class);
    }

    private static final String AGENT = "agent:a-17";
    private static final String REQUESTER = "customer:c-42";
    private static final String OPENING = """
            {"subject":"Cannot log in","description":"Password reset mail never arrives",
             "requester":{"email":"bob@example.com","name":"Bob"},"type":"INQUIRY","channel":"EMAIL",
             "tags":["login"],"customFields":{"browser":"Firefox"}}""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_history_lists_every_event_with_its_logical_type_actor_and_payload() throws Exception {
        String id = ticketIdOf(open(null, OPENING).andExpect(status().isCreated()));
        accepted(command(id, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"mail\"}"));
        accepted(command(id, "messages", REQUESTER, "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"still broken\"}"));

        mvc.perform(get("/api/tickets/{id}/history", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ticketId").value(id))
                .andExpect(jsonPath("$.events.length()").value(3))
                .andExpect(jsonPath("$.events[0].sequence").value(0))
                .andExpect(jsonPath("$.events[0].type").value("TicketOpened"))
                .andExpect(jsonPath("$.events[0].actor.kind").value("AGENT")) // the default caller opened it
                .andExpect(jsonPath("$.events[0].actor.id").value("a-17"))
                .andExpect(jsonPath("$.events[0].occurredAt").isNotEmpty())
                .andExpect(jsonPath("$.events[0].payload.requester.email").value("bob@example.com"))
                .andExpect(jsonPath("$.events[0].payload.openedAt", endsWith("Z")))
                .andExpect(jsonPath("$.events[1].sequence").value(1))
                .andExpect(jsonPath("$.events[1].type").value("TicketAssigned"))
                .andExpect(jsonPath("$.events[1].actor.kind").value("AGENT"))
                .andExpect(jsonPath("$.events[1].actor.id").value("a-17"))
                .andExpect(jsonPath("$.events[1].payload.teamId").value("mail"))
                .andExpect(jsonPath("$.events[2].type").value("MessageAdded"))
                .andExpect(jsonPath("$.events[2].actor.id").value("c-42"))
                .andExpect(jsonPath("$.events[2].payload.body").value("still broken"))
                // the logical name, never the Java class
                .andExpect(content().string(not(containsString("io.ticketflow"))));
    }

    /**
     * A TicketEscalated row exactly as the version before revision 2 stored it: the ticket's own row shape
     * (aggregate type, metadata) with the revision-1 JSON that JsonCodec wrote, no trigger, and no
     * payload_revision, because revisions were not recorded yet.
     */
    @Test
    void an_escalation_stored_at_revision_1_is_read_built_on_and_published_at_revision_2() throws Exception {
        String id = ticketIdOf(open(null, OPENING).andExpect(status().isCreated()));
        String eventId = UUID.randomUUID().toString();
        String revision1 = """
                {"ticketId":"%s","level":1,"reason":"customer called twice","escalatedBy":{"kind":"AGENT","id":"a-17"},\
                "escalatedAt":"%s"}""".formatted(id, Instant.now());
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, aggregate_identifier, 1, type, ?, 'io.ticketflow.api.ticket.TicketEscalated', NULL, ?, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                eventId, Instant.now().toString(), revision1.getBytes(StandardCharsets.UTF_8), id);

        try (TopicProbe published = TopicProbe.subscribe(Topics.TICKET_EVENTS)) {
            // the aggregate loads the old event: the next escalation is level 2
            accepted(command(id, "escalate", AGENT, "{\"reason\":\"still down\",\"targetTeamId\":\"escalations\"}"));

            mvc.perform(get("/api/tickets/{id}/history", id))
                    .andExpect(jsonPath("$.events[1].type").value("TicketEscalated"))
                    .andExpect(jsonPath("$.events[1].payload.level").value(1))
                    .andExpect(jsonPath("$.events[1].payload.trigger").value("MANUAL"))
                    .andExpect(jsonPath("$.events[1].payload.targetTeamId").doesNotExist())
                    .andExpect(jsonPath("$.events[2].payload.level").value(2))
                    .andExpect(jsonPath("$.events[2].payload.trigger").value("MANUAL"))
                    .andExpect(jsonPath("$.events[2].payload.targetTeamId").value("escalations"));

            ConsumerRecord<String, byte[]> old = published.awaitRecords(record -> eventId.equals(
                    EnvelopeHeaders.value(record.headers(), WireHeaders.EVENT_ID)), 1, Duration.ofSeconds(30)).get(0);
            assertThat(EnvelopeHeaders.value(old.headers(), WireHeaders.SCHEMA_REVISION)).isEqualTo("2");
            assertThat(JsonCodec.fromJson(old.value(), TicketEscalated.class).trigger()).isEqualTo(EscalationTrigger.MANUAL);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/tickets/{id}", id))
                .andExpect(jsonPath("$.escalationLevel").value(2))
                .andExpect(jsonPath("$.escalationTrigger").value("MANUAL")));
        // read at revision 2, never rewritten: the store keeps what the old version wrote
        assertThat(jdbc.queryForObject("SELECT payload_revision FROM domain_event_entry WHERE event_identifier = ?",
                String.class, eventId)).isNull();
    }

    @Test
    void the_history_of_an_unknown_ticket_is_a_404_problem() throws Exception {
        String unknown = UUID.randomUUID().toString();
        problem(mvc.perform(get("/api/tickets/{id}/history", unknown)), 404)
                .andExpect(jsonPath("$.ticketId").value(unknown));
    }

    @Test
    void as_of_an_instant_the_ticket_is_what_its_events_up_to_then_made_it() throws Exception {
        String id = ticketIdOf(open(null, OPENING).andExpect(status().isCreated()));
        long version = accepted(command(id, "assign", AGENT, "{\"agentId\":\"a-17\",\"teamId\":\"mail\"}"));
        Instant assigned = occurredAt(id, 1);
        accepted(command(id, "priority", AGENT, "{\"priority\":\"URGENT\",\"reason\":\"CEO\"}"));
        accepted(command(id, "messages", AGENT, "{\"visibility\":\"PUBLIC_REPLY\",\"body\":\"Checking\"}"));
        accepted(command(id, "tags", AGENT, "{\"add\":[\"vip\"],\"remove\":[]}"));
        version = accepted(command(id, "resolve", AGENT, "{\"resolutionCode\":\"SOLVED\",\"note\":\"unblocked\"}"));
        Instant opened = occurredAt(id, 0);

        mvc.perform(get("/api/tickets/{id}", id).param("asOf", assigned.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.assigneeId").value("a-17"))
                .andExpect(jsonPath("$.priority").value("NORMAL"))
                .andExpect(jsonPath("$.requesterEmail").value("bob@example.com"))
                .andExpect(jsonPath("$.conversation.length()").value(0));
        mvc.perform(get("/api/tickets/{id}", id).param("asOf", opened.toString()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.status").value("NEW"));
        problem(mvc.perform(get("/api/tickets/{id}", id).param("asOf", opened.minusMillis(1).toString())), 404)
                .andExpect(jsonPath("$.detail").value(containsString("did not exist at")));

        // now, the fold and the read model tell the same story
        ResultMatcher[] sameAsNow = {jsonPath("$.version").value(version), jsonPath("$.status").value("RESOLVED"),
                jsonPath("$.priority").value("URGENT"), jsonPath("$.assigneeId").value("a-17"),
                jsonPath("$.teamId").value("mail"), jsonPath("$.resolutionCode").value("SOLVED"),
                jsonPath("$.tags.length()").value(2), jsonPath("$.tags[0]").value("login"),
                jsonPath("$.tags[1]").value("vip"), jsonPath("$.customFields.browser").value("Firefox"),
                jsonPath("$.openedBy").value("AGENT:a-17"),
                jsonPath("$.firstResponseAt").isNotEmpty(), jsonPath("$.conversation.length()").value(1),
                jsonPath("$.conversation[0].body").value("Checking")};
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/tickets/{id}", id)).andExpectAll(sameAsNow));
        mvc.perform(get("/api/tickets/{id}", id).param("asOf", Instant.now().toString()))
                .andExpect(status().isOk()).andExpectAll(sameAsNow);
    }

    @Test
    void a_malformed_as_of_is_a_400_problem_naming_it() throws Exception {
        String id = ticketIdOf(open(null, OPENING).andExpect(status().isCreated()));
        problem(mvc.perform(get("/api/tickets/{id}", id).param("asOf", "yesterday")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void as_of_for_an_unknown_ticket_is_a_404_problem() throws Exception {
        problem(mvc.perform(get("/api/tickets/{id}", UUID.randomUUID()).param("asOf", Instant.now().toString())), 404);
    }

    @Test
    void a_retried_opening_with_the_same_idempotency_key_opens_one_ticket() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        MvcResult first = open(key, OPENING).andExpect(status().isCreated()).andReturn();
        String id = ticketIdOf(first);
        String location = first.getResponse().getHeader("Location");
        assertThat(location).endsWith("/api/tickets/" + id);

        // the same request with other whitespace and field order is the same request
        String reordered = """
                {"channel":"EMAIL","type":"INQUIRY","customFields":{"browser":"Firefox"},"tags":["login"],
                 "requester":{"name":"Bob","email":"bob@example.com"},
                 "description":"Password reset mail never arrives","subject":"Cannot log in"}""";
        MvcResult repeat = open(key, reordered).andExpect(status().isOk())
                .andExpect(header().string("Location", location)).andReturn();
        assertThat(ticketIdOf(repeat)).isEqualTo(id);

        mvc.perform(get("/api/tickets/{id}/history", id)).andExpect(jsonPath("$.events.length()").value(1));
    }

    @Test
    void the_same_idempotency_key_with_a_different_request_is_a_409_problem() throws Exception {
        String key = "reused-" + UUID.randomUUID();
        open(key, OPENING).andExpect(status().isCreated());
        problem(open(key, OPENING.replace("Cannot log in", "Cannot log out")), 409)
                .andExpect(jsonPath("$.errors[0].field").value(IdempotencyKeys.HEADER));
    }

    @Test
    void idempotency_keys_are_per_key_and_must_be_well_formed() throws Exception {
        String first = ticketIdOf(open("k-" + UUID.randomUUID(), OPENING).andExpect(status().isCreated()));
        String second = ticketIdOf(open("k-" + UUID.randomUUID(), OPENING).andExpect(status().isCreated()));
        assertThat(first).isNotEqualTo(second);

        problem(open("has spaces", OPENING), 400).andExpect(jsonPath("$.errors[0].field").value(IdempotencyKeys.HEADER));
        problem(open("x".repeat(101), OPENING), 400).andExpect(jsonPath("$.errors[0].field").value(IdempotencyKeys.HEADER));
    }

    @Test
    void a_refused_first_use_leaves_the_key_free_for_the_corrected_request() throws Exception {
        String key = "fix-" + UUID.randomUUID();
        // within Bean Validation's 65,536 characters, beyond the aggregate's 64 KiB of UTF-8: the aggregate refuses it
        String refused = OPENING.replace("Password reset mail never arrives", "\u00e9".repeat(40_000));
        problem(open(key, refused), 400).andExpect(jsonPath("$.errors[0].field").value("description"));
        open(key, OPENING).andExpect(status().isCreated());
    }

    @Test
    void two_simultaneous_openings_with_one_key_open_one_ticket() throws Exception {
        String key = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<MvcResult> opening = () -> open(key, OPENING).andReturn();
                answers.add(pool.submit(opening));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                MvcResult result = answer.get();
                statuses.add(result.getResponse().getStatus());
                ids.add(ticketIdOf(result));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, ids.get(0))).isEqualTo(1L);
        } finally {
            pool.shutdownNow();
        }
    }

    private ResultActions open(String idempotencyKey, String body) throws Exception {
        var request = post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header(IdempotencyKeys.HEADER, idempotencyKey);
        }
        return mvc.perform(request);
    }

    private Instant occurredAt(String ticketId, int sequence) throws Exception {
        String body = mvc.perform(get("/api/tickets/{id}/history", ticketId)).andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("\"sequence\"\\s*:\\s*" + sequence + "\\s*,\\s*\"type\"\\s*:\\s*\"\\w+\"\\s*,"
                + "\\s*\"occurredAt\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Instant.parse(matcher.group(1));
    }

    private ResultActions command(String ticketId, String path, String actor, String body) throws Exception {
        var request = post("/api/tickets/{id}/" + path, ticketId).with(Callers.as(actor));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static String ticketIdOf(ResultActions result) throws Exception {
        return ticketIdOf(result.andReturn());
    }

    private static String ticketIdOf(MvcResult result) throws Exception {
        Matcher matcher = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(result.getResponse().getContentAsString());
        assertThat(matcher.find()).as(result.getResponse().getContentAsString()).isTrue();
        return matcher.group(1);
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
