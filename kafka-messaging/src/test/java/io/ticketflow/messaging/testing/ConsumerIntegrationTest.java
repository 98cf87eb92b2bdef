package io.ticketflow.messaging.testing;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Base of a consumer's integration test: the application against the shared broker, with the platform's
 * topics, and a real PostgreSQL. A subclass still registers its own database, because the test kit gives
 * one per test class and only a static method of that class can name it:
 * <pre>{@code
 * @DynamicPropertySource
 * static void infra(DynamicPropertyRegistry registry) {
 *     SpringInfrastructure.register(registry, MyConsumerIT.class);
 * }
 * }</pre>
 */
@RealInfrastructure
@SpringBootTest
public abstract class ConsumerIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeAll
    static void platformTopics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    /**
     * Delivers {@code record} twice, the way Kafka redelivers after a rebalance or a producer retry: publishes
     * it twice, then a sentinel event into the same partition, and returns once {@code consumer} has claimed
     * the sentinel in its inbox. A partition is consumed in order, so by then both copies have been delivered.
     */
    protected void deliverTwice(String consumer, ProducerRecord<String, Object> record) {
        int partition = send(copy(record, record.partition()));
        send(copy(record, partition));
        UUID sentinel = UUID.randomUUID();
        send(copy(TicketEventRecords.ticketOpened(sentinel, UUID.randomUUID()), partition));
        Awaitility.await("inbox of " + consumer + " claims the sentinel").atMost(PATIENCE)
                .until(() -> claims(consumer, sentinel) == 1);
    }

    /** How many times {@code consumer}'s inbox holds {@code eventId}: 0 or 1. */
    protected int claims(String consumer, UUID eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where consumer = ? and event_id = ?",
                Integer.class, consumer, eventId);
    }

    /** A record can be sent once (the producer seals its headers), so each delivery sends a copy. */
    private static ProducerRecord<String, Object> copy(ProducerRecord<String, Object> record, Integer partition) {
        return new ProducerRecord<>(record.topic(), partition, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
    }

    private int send(ProducerRecord<String, Object> record) {
        try {
            return kafka.send(record).get().getRecordMetadata().partition();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e.getCause());
        }
    }
}
