package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class SharedBrokerTest {

    @Test
    void a_record_produced_to_the_shared_broker_is_consumed_back(TestInfrastructure infrastructure) throws Exception {
        String topic = "testkit.round-trip-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(infrastructure)) {
            producer.send(new ProducerRecord<>(topic, "ticket-1", "opened")).get();
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "round-trip-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(received::add);
                return !received.isEmpty();
            });
        }

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("ticket-1");
            assertThat(record.value()).isEqualTo("opened");
        });
    }

    @Test
    void an_auto_created_topic_gets_the_default_of_three_partitions(TestInfrastructure infrastructure) {
        String topic = "testkit.auto-created-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(infrastructure)) {
            assertThat(producer.partitionsFor(topic)).hasSize(3);
        }
    }

    @Test
    void every_caller_in_the_jvm_gets_the_same_infrastructure(TestInfrastructure infrastructure) {
        assertThat(TestInfrastructure.get()).isSameAs(infrastructure);
    }

    private static KafkaProducer<String, String> producer(TestInfrastructure infrastructure) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
