package io.ticketflow.routing.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.routing.RosterIntegrationTest;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ticketflow.routing.messaging.AgentEventsIT.byKey;
import static io.ticketflow.routing.messaging.AgentEventsIT.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A row Kafka refuses stays in the outbox and holds back the later rows of its key, not those of other keys;
 * once it can be sent, it goes, and the rows behind it follow in order. The refusal is a record too large for
 * Kafka (a display name of a megabyte, written into the row), so the shared broker stays up for everyone else.
 */
class OutboxRelayIT extends RosterIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Over the producer's max.request.size (1 MiB): Kafka refuses the record, the topic stays usable. */
    private static final int TOO_LARGE = 1_100_000;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_row_kafka_refuses_stays_unpublished_and_holds_back_its_key_until_it_can_go() throws Exception {
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            String held = agent("held");
            probe.awaitRecords(byKey(held), 1, WAIT);
            UUID refused = UUID.randomUUID();
            jdbc.update("""
                    insert into outbox (topic, record_key, event_type, revision, event_id, payload, headers, occurred_at)
                    values (?, ?, 'AgentUpdated', 1, ?, jsonb_build_object('agentId', ?::text, 'displayName', ?::text,
                            'email', 'held@example.com', 'teamIds', '[]'::jsonb, 'skills', '[]'::jsonb,
                            'languages', '[]'::jsonb, 'maxConcurrentTickets', 1, 'updatedAt', '2026-01-01T00:00:00Z'),
                            '{}', now())""",
                    Topics.AGENT_EVENTS, held, refused, held, "x".repeat(TOO_LARGE));
            put("/api/agents/" + held + "/availability", Map.of("availability", "ONLINE")).andExpect(status().isOk());
            String other = agent("other");

            probe.awaitRecords(byKey(other), 1, WAIT);
            // the other key went past the refused row; the later row of the held key waits behind it
            assertThat(probe.received(byKey(held))).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from outbox where record_key = ? and published_at is null",
                    Integer.class, held)).isEqualTo(2);
            assertThat(meters.get("ticketflow.routing.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(2);

            jdbc.update("update outbox set payload = jsonb_set(payload, '{displayName}', '\"Held\"') where event_id = ?",
                    refused);

            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(byKey(held), 3, WAIT);
            assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_ID))
                    .element(1).isEqualTo(refused.toString());
            assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_TYPE)).containsExactly(
                    "AgentRegistered", "AgentUpdated", "AgentAvailabilityChanged");
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(meters.get("ticketflow.routing.outbox.backlog").gauge().value()).isZero());
        }
    }
}
