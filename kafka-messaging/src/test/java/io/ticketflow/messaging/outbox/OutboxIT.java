package io.ticketflow.messaging.outbox;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A message appended in a change's transaction reaches Kafka once that transaction commits, and only then. */
class OutboxIT extends OutboxIntegrationTest {

    @Test
    void an_appended_message_is_published_after_the_commit_with_the_envelope_headers_and_its_row_marked_published() {
        String agentId = unique("ada");
        AgentAvailabilityChanged online = online(agentId);
        String correlationId = unique("request");
        UUID eventId;
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            MDC.put(Outbox.CORRELATION_ID_MDC_KEY, correlationId);
            try {
                eventId = appendCommitted(agentId, online, online.changedAt());
            } finally {
                MDC.remove(Outbox.CORRELATION_ID_MDC_KEY);
            }

            ConsumerRecord<String, byte[]> record = probe.awaitRecords(byKey(agentId), 1, WAIT).get(0);

            assertThat(header(record, WireHeaders.EVENT_ID)).isEqualTo(eventId.toString());
            assertThat(header(record, WireHeaders.EVENT_TYPE)).isEqualTo("AgentAvailabilityChanged");
            assertThat(header(record, WireHeaders.SCHEMA_REVISION)).isEqualTo("1");
            assertThat(Instant.parse(header(record, WireHeaders.OCCURRED_AT))).isEqualTo(online.changedAt());
            assertThat(header(record, WireHeaders.CORRELATION_ID)).isEqualTo(correlationId);
            assertThat(header(record, WireHeaders.TENANT)).isEqualTo(TENANT);
            assertThat(JsonCodec.fromJson(record.value(), AgentAvailabilityChanged.class)).isEqualTo(online);
        }
        Instant publishedAt = await().atMost(WAIT).until(() -> publishedAt(eventId), at -> at != null);
        // the relay stamps the service's clock, which the test application runs a day ahead
        assertThat(publishedAt).isAfter(Instant.now().plus(OutboxTestApplication.CLOCK_AHEAD).minusSeconds(3600));
    }

    @Test
    void without_a_correlation_id_the_event_id_stands_in_and_a_caller_may_decide_both() {
        String agentId = unique("bob");
        UUID decided = UUID.randomUUID();
        UUID generated;
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            generated = new TransactionTemplate(transactionManager).execute(status -> {
                UUID id = outbox.append(agentId, online(agentId), Instant.now());
                outbox.append(decided, "caused-by-" + decided, agentId,
                        new AgentAvailabilityChanged(agentId, AgentAvailability.AWAY, Instant.now()), Instant.now());
                return id;
            });

            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(byKey(agentId), 2, WAIT);

            assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_ID))
                    .containsExactly(generated.toString(), decided.toString());
            assertThat(records).extracting(record -> header(record, WireHeaders.CORRELATION_ID))
                    .containsExactly(generated.toString(), "caused-by-" + decided);
            assertThat(records).extracting(record -> header(record, WireHeaders.TENANT)).containsOnly(TENANT);
        }
    }

    @Test
    void an_append_outside_a_transaction_is_refused_and_stores_nothing() {
        String agentId = unique("cyd");

        assertThatThrownBy(() -> outbox.append(agentId, online(agentId), Instant.now()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from outbox where record_key = ?", Integer.class, agentId))
                .isZero();
    }

    @Test
    void a_rolled_back_change_publishes_nothing() {
        String agentId = unique("dan");
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                outbox.append(agentId, online(agentId), Instant.now());
                status.setRollbackOnly();
            });
            UUID committed = appendCommitted(agentId, online(agentId), Instant.now());

            // one key, one partition: once the committed event is there, an earlier one would be too
            probe.awaitRecords(record -> committed.toString().equals(header(record, WireHeaders.EVENT_ID)), 1, WAIT);
            assertThat(probe.received(byKey(agentId))).extracting(record -> header(record, WireHeaders.EVENT_ID))
                    .containsExactly(committed.toString());
        }
    }

    private Instant publishedAt(UUID eventId) {
        Timestamp at = jdbc.queryForObject("select published_at from outbox where event_id = ?", Timestamp.class,
                eventId);
        return at == null ? null : at.toInstant();
    }
}
