package io.ticketflow.messaging.outbox;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.testkit.PrivateKafkaBroker;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TopicProbe;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.ticketflow.messaging.outbox.OutboxIntegrationTest.byKey;
import static io.ticketflow.messaging.outbox.OutboxIntegrationTest.header;
import static io.ticketflow.messaging.outbox.OutboxIntegrationTest.online;
import static io.ticketflow.messaging.outbox.OutboxIntegrationTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Kafka down, changes keep committing their outbox rows, and when it returns the rows are published in
 * the order they were stored. On a broker of this class's own, which it stops and restarts on the same port
 * (the shared broker must stay up for everyone else), so its own application context too, with producer
 * timeouts of seconds so a round fails quickly while the broker is away.
 */
@RealInfrastructure
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "ticketflow.outbox.enabled=true",
        "ticketflow.outbox.poll-interval=200ms",
        "ticketflow.outbox.send-timeout=5s",
        "spring.flyway.locations=classpath:db/outbox",
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=1500",
        "spring.kafka.producer.properties.delivery.timeout.ms=3000"})
@DirtiesContext
class OutboxOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    /** Closed after the application context, which @DirtiesContext closes once the class is done. */
    @RegisterExtension
    static final PrivateKafkaBroker KAFKA = PrivateKafkaBroker.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, OutboxOutageIT.class, KAFKA::bootstrapServers);
    }

    @BeforeAll
    static void topics() {
        KAFKA.createTopics(Topics.definitions());
    }

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rows_written_while_kafka_is_down_are_published_in_order_when_it_returns() {
        String agentId = unique("outage");
        try (TopicProbe probe = TopicProbe.subscribe(KAFKA.bootstrapServers(), Topics.AGENT_EVENTS)) {
            List<String> stored = new ArrayList<>();
            stored.add(append(agentId, AgentAvailability.ONLINE));
            probe.awaitRecords(byKey(agentId), 1, WAIT); // publishing works, and the producer knows the topic
            await().atMost(WAIT).until(() -> unpublished() == 0);

            KAFKA.stop();
            for (AgentAvailability availability : List.of(AgentAvailability.AWAY, AgentAvailability.OFFLINE,
                    AgentAvailability.ONLINE)) {
                stored.add(append(agentId, availability));
            }
            assertThat(unpublished()).isEqualTo(3);

            KAFKA.restart();
            probe.awaitRecords(record -> stored.get(3).equals(header(record, WireHeaders.EVENT_ID)), 1, WAIT);
            // one key, one partition: once the last event is here, everything before it is too
            assertThat(probe.received(byKey(agentId)).stream()
                    .map(record -> header(record, WireHeaders.EVENT_ID)).distinct().toList())
                    .containsExactlyElementsOf(stored);
            await().atMost(WAIT).until(() -> unpublished() == 0);
        }
    }

    private int unpublished() {
        return jdbc.queryForObject("select count(*) from outbox where published_at is null", Integer.class);
    }

    private String append(String agentId, AgentAvailability availability) {
        AgentAvailabilityChanged change = new AgentAvailabilityChanged(agentId, availability, Instant.now());
        return transactions.execute(status -> outbox.append(agentId, change, change.changedAt())).toString();
    }
}
