package io.ticketflow.routing.messaging;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentSkill;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every roster change reaches {@code ticketflow.agent-events} once, in order per key, with the envelope headers. */
class AgentEventsIT extends RosterIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void every_change_is_published_in_order_with_the_envelope_headers_of_its_request() throws Exception {
        String correlationId = unique("it-correlation");
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            String teamId = unique("hardware");
            String agentId = unique("hank");
            send(MockMvcRequestBuilders.post("/api/teams"), Map.of("teamId", teamId, "name", "Hardware"), correlationId);
            send(MockMvcRequestBuilders.post("/api/agents"), agentBody(agentId, teamId), correlationId);
            send(MockMvcRequestBuilders.put("/api/agents/" + agentId),
                    with(agentBody(agentId, teamId), "maxConcurrentTickets", 9), correlationId);
            send(MockMvcRequestBuilders.put("/api/agents/" + agentId + "/availability"),
                    Map.of("availability", "ONLINE"), correlationId);

            List<ConsumerRecord<String, byte[]>> agentRecords = probe.awaitRecords(byKey(agentId), 3, WAIT);
            ConsumerRecord<String, byte[]> teamRecord = probe.awaitRecords(byKey(teamId), 1, WAIT).get(0);

            assertThat(agentRecords).extracting(record -> header(record, WireHeaders.EVENT_TYPE))
                    .containsExactly("AgentRegistered", "AgentUpdated", "AgentAvailabilityChanged");
            AgentRegistered registered = JsonCodec.fromJson(agentRecords.get(0).value(), AgentRegistered.class);
            assertThat(registered.email()).isEqualTo("carol@example.com");
            assertThat(registered.teamIds()).containsExactly(teamId);
            assertThat(registered.skills()).containsExactly(new AgentSkill("billing", 2), new AgentSkill("printers", 4));
            assertThat(registered.languages()).containsExactly("en", "pt-BR");
            assertThat(JsonCodec.fromJson(agentRecords.get(1).value(), AgentUpdated.class).maxConcurrentTickets())
                    .isEqualTo(9);
            AgentAvailabilityChanged online = JsonCodec.fromJson(agentRecords.get(2).value(),
                    AgentAvailabilityChanged.class);
            assertThat(online.availability()).isEqualTo(AgentAvailability.ONLINE);
            TeamDefined team = JsonCodec.fromJson(teamRecord.value(), TeamDefined.class);
            assertThat(team.strategy()).isEqualTo(RoutingStrategy.SKILLS_LEAST_LOADED);
            assertThat(team.supervisorAgentId()).isNull();

            for (ConsumerRecord<String, byte[]> record : List.of(agentRecords.get(0), agentRecords.get(2), teamRecord)) {
                assertThat(UUID.fromString(header(record, WireHeaders.EVENT_ID))).isNotNull();
                assertThat(header(record, WireHeaders.SCHEMA_REVISION)).isEqualTo("1");
                assertThat(header(record, WireHeaders.CORRELATION_ID)).isEqualTo(correlationId);
                assertThat(header(record, WireHeaders.TENANT)).isEqualTo("default");
            }
            assertThat(Instant.parse(header(agentRecords.get(0), WireHeaders.OCCURRED_AT)))
                    .isEqualTo(registered.registeredAt());
            assertThat(Instant.parse(header(agentRecords.get(2), WireHeaders.OCCURRED_AT)))
                    .isEqualTo(online.changedAt());
            await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from outbox where record_key = ? and published_at is not null", Integer.class,
                    agentId)).isEqualTo(3));
        }
    }

    @Test
    void a_change_that_changes_nothing_publishes_nothing() throws Exception {
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            String teamId = team("quiet");
            String agentId = agent("ivy", teamId);
            Map<String, Object> sameProfileReordered = with(with(agentBody(agentId, teamId),
                    "skills", List.of(Map.of("skill", "billing", "level", 2), Map.of("skill", "printers", "level", 4))),
                    "languages", List.of("PT-BR", "en"));

            put("/api/agents/" + agentId, sameProfileReordered).andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1));
            put("/api/agents/" + agentId + "/availability", Map.of("availability", "OFFLINE"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
            put("/api/teams/" + teamId, Map.of("name", "Team " + teamId, "strategy", "SKILLS_LEAST_LOADED"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
            // a real change after the no-ops: once it is on the topic, anything published before it is too
            put("/api/agents/" + agentId + "/availability", Map.of("availability", "AWAY")).andExpect(status().isOk());

            probe.awaitRecords(record -> agentId.equals(record.key())
                    && "AgentAvailabilityChanged".equals(header(record, WireHeaders.EVENT_TYPE)), 1, WAIT);
            probe.awaitRecords(byKey(teamId), 1, WAIT);
            assertThat(probe.received(byKey(agentId))).extracting(record -> header(record, WireHeaders.EVENT_TYPE))
                    .containsExactly("AgentRegistered", "AgentAvailabilityChanged");
            assertThat(probe.received(byKey(teamId))).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from outbox where record_key in (?, ?)", Integer.class,
                    agentId, teamId)).isEqualTo(3);
        }
    }

    private void send(MockHttpServletRequestBuilder request, Object body, String correlationId) throws Exception {
        mvc.perform(json(request, body).header("X-Correlation-Id", correlationId))
                .andExpect(status().is2xxSuccessful());
    }

    static Predicate<ConsumerRecord<String, byte[]>> byKey(String key) {
        return record -> key.equals(record.key());
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return EnvelopeHeaders.value(record.headers(), name);
    }
}
