package io.ticketflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads what the code under test wrote to a topic of the shared broker, for assertions.
 *
 * <p>A probe reads the topic <em>from the beginning</em>, in a consumer group of its own. That way no record
 * can be missed because it was written before the probe's consumer got its partitions, the topic may even be
 * created after the probe, and partitions added later are picked up. The price: the probe also sees what
 * earlier tests in the same JVM wrote, so match on something unique to the test (a ticket id, an event id).
 *
 * <p>Every record received is kept, so one probe can answer several {@link #awaitRecords} calls with
 * different predicates. Failure messages give counts only: record contents may hold personal data.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    private TopicProbe(String topic, KafkaConsumer<String, byte[]> consumer) {
        this.topic = topic;
        this.consumer = consumer;
    }

    /** A probe on the shared broker that will see every record the topic holds and receives. */
    public static TopicProbe subscribe(String topic) {
        return subscribe(TestInfrastructure.get().kafkaBootstrapServers(), topic);
    }

    /** A probe on any broker, for tests that start one of their own. */
    public static TopicProbe subscribe(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "ticketflow-topic-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Creating the topic is the platform's job, with its partition count; a probe must not
                // create it first with the broker's default.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                // Notice a topic that appears after subscribing within a second, not the default five minutes.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        return new TopicProbe(topic, consumer);
    }

    /**
     * Waits until {@code count} records matching the predicate have been received and returns the first
     * {@code count} of them, in the order they were received (per partition, the order they were written).
     *
     * @throws AssertionError if fewer arrived within the timeout
     */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> match,
                                                             int count, Duration timeout) {
        try {
            Awaitility.await("records on " + topic)
                    .atMost(timeout)
                    .pollInSameThread() // a KafkaConsumer must stay on one thread
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        consumer.poll(POLL_TIMEOUT).forEach(received::add);
                        return matching(match).size() >= count;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected " + count + " matching records on " + topic + " within " + timeout
                    + " but found " + matching(match).size() + " among the " + received.size() + " received", e);
        }
        return List.copyOf(matching(match).subList(0, count));
    }

    /** Every matching record received so far, in the order received; for use after {@link #awaitRecords}. */
    public List<ConsumerRecord<String, byte[]>> received(Predicate<ConsumerRecord<String, byte[]>> match) {
        return List.copyOf(matching(match));
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> match) {
        return received.stream().filter(match).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
