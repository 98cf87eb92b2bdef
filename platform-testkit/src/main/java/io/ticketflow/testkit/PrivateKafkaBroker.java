package io.ticketflow.testkit;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.ticketflow.api.wire.TopicDefinition;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker of one test's own, which it can {@link #stop()} and {@link #restart()}: for testing what the
 * code does while Kafka is away. The shared broker of {@link TestInfrastructure} must never go down under
 * the other test classes, hence a second one.
 * <pre>{@code
 * @RegisterExtension
 * static final PrivateKafkaBroker KAFKA = PrivateKafkaBroker.start();
 * }</pre>
 * Registered like this it is closed when the test class is done, after the class's Spring context (which
 * {@code @DirtiesContext} closes), so the application's clients never outlive their broker.
 *
 * <p>An in-JVM single-node KRaft broker (whatever mode the shared infrastructure is in), whose node is both
 * broker and controller. {@code stop()} shuts down the broker half only: its port refuses connections, as a
 * crashed or restarting broker's does. {@code restart()} starts it again on the same port with the same log
 * directory, so records written before the outage are still there and clients configured with
 * {@link #bootstrapServers()} reconnect by themselves.
 */
public final class PrivateKafkaBroker implements AutoCloseable, BeforeAllCallback {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Where the broker publishes its address; nothing reads it, tests ask {@link #bootstrapServers()}. */
    private static final String ADDRESS_PROPERTY = "ticketflow.testkit.private-kafka-bootstrap-servers";

    private final EmbeddedKafkaKraftBroker broker;
    private final String bootstrapServers;

    private PrivateKafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
        this.bootstrapServers = broker.getBrokersAsString();
    }

    public static PrivateKafkaBroker start() {
        // The broker also sets spring.embedded.kafka.brokers, unasked; that name belongs to the shared one.
        String sharedAddress = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        EmbeddedKafkaKraftBroker broker = EmbeddedInfrastructure.startBroker(ADDRESS_PROPERTY);
        if (sharedAddress == null) {
            System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        } else {
            System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, sharedAddress);
        }
        return new PrivateKafkaBroker(broker);
    }

    /** The same address before and after a restart. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** As {@link TestInfrastructure#createTopics}, on this broker. */
    public void createTopics(Collection<TopicDefinition> topics) {
        new TopicCreator(bootstrapServers).createTopics(topics);
    }

    /** Shuts the broker down and waits until it is down; what it stored stays on disk. */
    public void stop() {
        for (BrokerServer server : broker.getCluster().brokers().values()) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    /** Starts the broker again where it was and waits until it answers clients. */
    public void restart() {
        broker.getCluster().brokers().values().forEach(BrokerServer::startup);
        try {
            broker.getCluster().waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("the private Kafka broker did not come back", e);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Awaitility.await("private Kafka broker answering on " + bootstrapServers)
                    .atMost(READY_TIMEOUT)
                    .pollInSameThread()
                    .ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        }
    }

    /**
     * Hands the broker to the test class's extension store, which closes it when the class's extension context
     * closes: after every after-all callback, Spring's included.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(PrivateKafkaBroker.class)).put(bootstrapServers, this);
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
