package io.ticketflow.messaging.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay keeps each key's order whatever happens: a row Kafka refuses, a row another instance holds, two
 * instances publishing at once. A refused row stays in the outbox and holds back the later rows of its key, not
 * those of other keys; once it can be sent, it goes, and the rows behind it follow in order. The refusal is a
 * record too large for Kafka (a display name of a megabyte), so the shared broker stays up for everyone else.
 */
class OutboxRelayIT extends OutboxIntegrationTest {

    /** Over the producer's max.request.size (1 MiB): Kafka refuses the record, the topic stays usable. */
    private static final int TOO_LARGE = 1_100_000;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxTable table;

    @Autowired
    ProducerFactory<String, Object> producers;

    @Autowired
    OutboxProperties properties;

    @Autowired
    Clock clock;

    @Test
    void a_row_kafka_refuses_stays_unpublished_and_holds_back_its_key_until_it_can_go() {
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            String held = unique("held");
            appendCommitted(held, online(held), Instant.now());
            probe.awaitRecords(byKey(held), 1, WAIT);
            UUID refused = appendCommitted(held, new AgentUpdated(held, "x".repeat(TOO_LARGE), "held@example.com",
                    List.of(), List.of(), List.of(), 1, Instant.now()), Instant.now());
            appendCommitted(held, new AgentAvailabilityChanged(held, AgentAvailability.AWAY, Instant.now()),
                    Instant.now());
            String other = unique("other");
            appendCommitted(other, online(other), Instant.now());

            probe.awaitRecords(byKey(other), 1, WAIT);
            // the other key went past the refused row; the later row of the held key waits behind it
            assertThat(probe.received(byKey(held))).hasSize(1);
            assertThat(unpublishedRows(held)).isEqualTo(2);
            assertThat(backlog()).isGreaterThanOrEqualTo(2);

            jdbc.update("update outbox set payload = jsonb_set(payload, '{displayName}', '\"Held\"') where event_id = ?",
                    refused);

            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(byKey(held), 3, WAIT);
            assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_ID))
                    .element(1).isEqualTo(refused.toString());
            assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_TYPE)).containsExactly(
                    "AgentAvailabilityChanged", "AgentUpdated", "AgentAvailabilityChanged");
            await().atMost(WAIT).untilAsserted(() -> assertThat(backlog()).isZero());
        }
    }

    /**
     * The lock stands for another instance in the middle of its round: the row is claimed, not yet published.
     * The relay is stopped while the rows are written, so it cannot publish the first before the lock is taken.
     */
    @Test
    void a_row_another_instance_holds_is_not_overtaken_by_the_rows_behind_it() {
        String held = unique("locked");
        String other = unique("free");
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            relay.stop();
            try {
                UUID first = appendCommitted(held, online(held), Instant.now());
                TransactionTemplate elsewhere = new TransactionTemplate(transactionManager);
                elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                new TransactionTemplate(transactionManager).executeWithoutResult(lock -> {
                    jdbc.queryForObject("select id from outbox where event_id = ? for update", Long.class, first);
                    UUID second = elsewhere.execute(status -> outbox.append(held,
                            new AgentAvailabilityChanged(held, AgentAvailability.AWAY, Instant.now()), Instant.now()));
                    UUID free = elsewhere.execute(status -> outbox.append(other, online(other), Instant.now()));
                    relay.start();

                    // a round marks everything it claimed in one commit: the round that took the later row of the
                    // free key would have taken the held key's second row too, had it been free to go
                    await().atMost(WAIT).until(() -> isPublished(free));
                    assertThat(isPublished(second)).isFalse();
                });
                List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(byKey(held), 2, WAIT);
                assertThat(records).extracting(record -> header(record, WireHeaders.EVENT_ID).equals(first.toString()))
                        .containsExactly(true, false);
            } finally {
                relay.start();
            }
        }
    }

    /**
     * Two instances start on a backlog (left while the service's own relay is stopped), each with a producer of its
     * own as another instance has, and rounds of a few rows, so both have work at once and each key's rows are
     * spread over both: only the claim keeps a key's later row from going out before its earlier one.
     */
    @Test
    void two_relays_publishing_at_once_keep_each_keys_order() {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        for (int key = 0; key < 4; key++) {
            stored.put(unique("busy"), new ArrayList<>());
        }
        OutboxProperties fewRowsPerRound = new OutboxProperties(true, properties.pollInterval(), 3,
                properties.sendTimeout(), properties.retention(), properties.purgeInterval());
        List<DefaultKafkaProducerFactory<String, Object>> ownProducers = List.of(
                new DefaultKafkaProducerFactory<>(producers.getConfigurationProperties()),
                new DefaultKafkaProducerFactory<>(producers.getConfigurationProperties()));
        List<OutboxRelay> instances = ownProducers.stream().map(producer -> new OutboxRelay(table,
                new KafkaTemplate<>(producer), transactionManager, fewRowsPerRound, clock, TraceParents.NONE)).toList();
        try (TopicProbe probe = TopicProbe.subscribe(Topics.AGENT_EVENTS)) {
            relay.stop();
            try {
                AgentAvailability[] availabilities = AgentAvailability.values();
                for (int change = 0; change < 10; change++) {
                    for (Map.Entry<String, List<String>> key : stored.entrySet()) {
                        AgentAvailabilityChanged event = new AgentAvailabilityChanged(key.getKey(),
                                availabilities[change % availabilities.length], Instant.now());
                        key.getValue().add(appendCommitted(key.getKey(), event, event.changedAt()).toString());
                    }
                }
                instances.forEach(OutboxRelay::start);

                for (Map.Entry<String, List<String>> key : stored.entrySet()) {
                    List<String> last = List.of(key.getValue().get(key.getValue().size() - 1));
                    probe.awaitRecords(record -> last.contains(header(record, WireHeaders.EVENT_ID)), 1, WAIT);
                    // at least once: a copy may come twice, but never before an event stored earlier
                    assertThat(probe.received(byKey(key.getKey())).stream()
                            .map(record -> header(record, WireHeaders.EVENT_ID)).distinct().toList())
                            .as("events of %s in the order stored", key.getKey())
                            .containsExactlyElementsOf(key.getValue());
                }
            } finally {
                instances.forEach(OutboxRelay::stop);
                ownProducers.forEach(DefaultKafkaProducerFactory::destroy);
                relay.start();
            }
        }
    }

    private boolean isPublished(UUID eventId) {
        return jdbc.queryForObject("select published_at is not null from outbox where event_id = ?", Boolean.class,
                eventId);
    }

    private double backlog() {
        return meters.get(OutboxBacklog.METER).gauge().value();
    }
}
