package io.ticketflow.reporting;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.reporting.messaging.Subscription;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import io.ticketflow.testkit.spring.SpringIssuer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * What reporting-service's integration tests share, including their one Spring context: the application against
 * the shared Kafka broker with the platform's topics and a real PostgreSQL. The database is registered for this
 * class, not for each subclass, so Spring's context cache starts the application once. Tests share the database,
 * so each makes its own ticket ids and, for aggregate reports, filters on something only it uses (a team id from
 * {@link #unique}, or a time range far from the others'). Every request carries an admin's token from the test
 * issuer ({@link AdminByDefault}), who may do all these tests do, unless it sends another {@code Authorization}.
 */
@RealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportingIntegrationTest.AdminByDefault.class)
public abstract class ReportingIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, ReportingIntegrationTest.class);
        SpringIssuer.register(registry);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    /** An id no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Publishes {@code payload} as its producer would: on its topic, keyed by {@code key} (the ticket id, or the
     * agent or team id on agent events), with every header, and returns its event id.
     */
    protected UUID publish(String key, Instant occurredAt, Object payload) {
        UUID eventId = UUID.randomUUID();
        publish(record(eventId, key, occurredAt, payload));
        return eventId;
    }

    protected static ProducerRecord<String, Object> record(UUID eventId, String key, Instant occurredAt,
                                                           Object payload) {
        MessageType type = MessageCatalog.of(payload.getClass());
        Envelope<Object> envelope = new Envelope<>(eventId, type.name(), type.revision(), occurredAt,
                "test-" + eventId, "tenant-test", key, payload);
        return EnvelopeRecords.toProducerRecord(type.topic(), envelope);
    }

    protected int publish(ProducerRecord<String, Object> record) {
        try {
            return kafka.send(record).get().getRecordMetadata().partition();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e.getCause());
        }
    }

    /** Waits until the live consumer of {@code eventId}'s topic has claimed it (and so folded it) in the inbox. */
    protected void awaitProjected(Subscription subscription, UUID eventId) {
        Awaitility.await("reporting projects " + eventId).atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where consumer = ? and event_id = ?", Integer.class,
                subscription.consumer(), eventId) == 1);
    }

    /** Every MockMvc request is an admin's unless it sends another {@code Authorization}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AdminByDefault {

        @Bean
        MockMvcBuilderCustomizer adminByDefault() {
            return SpringIssuer::adminByDefault;
        }
    }
}
