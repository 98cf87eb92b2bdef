package io.ticketflow.messaging.outbox;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.wire.EnvelopeHeaders;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestInfrastructure;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the outbox's integration tests share, including their one Spring context: the database is registered
 * for this class, not for each subclass, so the context cache starts the application once. The tests share
 * that database and the broker, so every key they use is unique ({@link #unique}).
 */
@RealInfrastructure
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "ticketflow.outbox.enabled=true",
        "ticketflow.tenant=" + OutboxIntegrationTest.TENANT,
        // wake-ups come from this context's commits only; a second relay a test starts lives on polling
        "ticketflow.outbox.poll-interval=100ms",
        "spring.flyway.locations=classpath:db/outbox"})
abstract class OutboxIntegrationTest {

    static final String TENANT = "tenant-outbox-it";
    static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, OutboxIntegrationTest.class);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.get().createTopics(Topics.definitions());
    }

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A key no other test uses. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An agent event for {@code agentId}, whole seconds so it survives the trip through JSON unchanged. */
    static AgentAvailabilityChanged online(String agentId) {
        return new AgentAvailabilityChanged(agentId, AgentAvailability.ONLINE,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Appends in a transaction of its own, as a service's change does; answers the event id. */
    UUID appendCommitted(String key, Object message, Instant occurredAt) {
        return new TransactionTemplate(transactionManager).execute(status -> outbox.append(key, message, occurredAt));
    }

    int unpublishedRows(String key) {
        return jdbc.queryForObject("select count(*) from outbox where record_key = ? and published_at is null",
                Integer.class, key);
    }

    static Predicate<ConsumerRecord<String, byte[]>> byKey(String key) {
        return record -> key.equals(record.key());
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return EnvelopeHeaders.value(record.headers(), name);
    }
}
