package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.ticketflow.api.wire.TopicDefinition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class TopicProbeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String topic = "testkit.probe-" + UUID.randomUUID();
    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect(TestInfrastructure infrastructure) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void a_probe_finds_the_records_that_match(TestInfrastructure infrastructure) throws Exception {
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 3, TopicDefinition.FOREVER)));
        try (TopicProbe probe = TopicProbe.subscribe(topic)) {
            send("ticket-1", "opened");
            send("ticket-2", "opened");
            send("ticket-1", "assigned");

            List<ConsumerRecord<String, byte[]>> ticketOne = probe.awaitRecords(keyIs("ticket-1"), 2, PATIENCE);

            assertThat(ticketOne).extracting(TopicProbeTest::value).containsExactly("opened", "assigned");
        }
    }

    @Test
    void a_probe_sees_records_written_before_it_subscribed(TestInfrastructure infrastructure) throws Exception {
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 3, TopicDefinition.FOREVER)));
        send("ticket-3", "opened");

        try (TopicProbe probe = TopicProbe.subscribe(topic)) {
            assertThat(probe.awaitRecords(keyIs("ticket-3"), 1, PATIENCE)).hasSize(1);
        }
    }

    @Test
    void a_probe_answers_several_questions_from_what_it_received(TestInfrastructure infrastructure) throws Exception {
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 3, TopicDefinition.FOREVER)));
        try (TopicProbe probe = TopicProbe.subscribe(topic)) {
            send("ticket-4", "opened");
            send("ticket-5", "opened");

            assertThat(probe.awaitRecords(keyIs("ticket-5"), 1, PATIENCE)).hasSize(1);
            assertThat(probe.awaitRecords(keyIs("ticket-4"), 1, PATIENCE)).hasSize(1);
        }
    }

    @Test
    void a_probe_waits_for_a_topic_created_after_it_subscribed(TestInfrastructure infrastructure) throws Exception {
        try (TopicProbe probe = TopicProbe.subscribe(topic)) {
            infrastructure.createTopics(List.of(new TopicDefinition(topic, 6, TopicDefinition.FOREVER)));
            send("ticket-6", "opened");

            assertThat(probe.awaitRecords(keyIs("ticket-6"), 1, PATIENCE)).hasSize(1);
        }
    }

    @Test
    void a_probe_that_does_not_find_enough_records_fails_with_counts_only(TestInfrastructure infrastructure)
            throws Exception {
        infrastructure.createTopics(List.of(new TopicDefinition(topic, 3, TopicDefinition.FOREVER)));
        send("ticket-7", "requester@example.org");
        try (TopicProbe probe = TopicProbe.subscribe(topic)) {
            probe.awaitRecords(keyIs("ticket-7"), 1, PATIENCE);

            assertThatThrownBy(() -> probe.awaitRecords(keyIs("ticket-7"), 2, Duration.ofSeconds(1)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expected 2 matching records on " + topic)
                    .hasMessageContaining("found 1 among the 1 received")
                    .message().doesNotContain("requester@example.org");
        }
    }

    private void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> keyIs(String key) {
        return record -> key.equals(record.key());
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
