package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ticketflow.api.wire.TopicDefinition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class PrivateKafkaBrokerTest {

    @Test
    void a_stopped_broker_refuses_clients_and_comes_back_on_its_address_with_its_records() throws Exception {
        String topic = "testkit.private-" + UUID.randomUUID();
        try (PrivateKafkaBroker broker = PrivateKafkaBroker.start();
             KafkaProducer<String, byte[]> producer = producer(broker)) {
            broker.createTopics(List.of(new TopicDefinition(topic, 2, TopicDefinition.FOREVER)));
            producer.send(new ProducerRecord<>(topic, "k", "before".getBytes())).get();
            String address = broker.bootstrapServers();

            broker.stop();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "during".getBytes())).get())
                    .hasCauseInstanceOf(TimeoutException.class);

            broker.restart();
            producer.send(new ProducerRecord<>(topic, "k", "after".getBytes())).get();
            assertThat(broker.bootstrapServers()).isEqualTo(address);
            try (TopicProbe probe = TopicProbe.subscribe(address, topic)) {
                List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(record -> true, 2, Duration.ofSeconds(30));
                assertThat(records).extracting(record -> new String(record.value())).containsExactly("before", "after");
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(PrivateKafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                // short, so the outage shows as a failed send within seconds
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000));
    }
}
