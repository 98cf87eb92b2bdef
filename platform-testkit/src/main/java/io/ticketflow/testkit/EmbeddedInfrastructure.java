package io.ticketflow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * {@link TestInfrastructure.Mode#EMBEDDED}: a single-node KRaft broker inside this JVM and a PostgreSQL server
 * process from the embedded binaries. Both start at the same time, since each spends most of its start-up
 * waiting (log recovery and quorum election; initdb and fsync), not computing.
 */
final class EmbeddedInfrastructure implements RunningInfrastructure {

    /** New topics (auto-created ones included) get this many partitions unless asked for more. */
    static final int DEFAULT_PARTITIONS = 3;

    /** The system property the embedded broker's address is published under. */
    static final String BROKER_ADDRESS_PROPERTY = "ticketflow.testkit.embedded-kafka-bootstrap-servers";

    /**
     * One node can hold only one replica; internal topics get few partitions because the first consumer
     * group otherwise waits for 50 offset partitions to be created.
     */
    private static final Map<String, String> BROKER_SETTINGS = Map.of(
            "auto.create.topics.enable", "true",
            "offsets.topic.replication.factor", "1",
            "offsets.topic.num.partitions", "5",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "transaction.state.log.num.partitions", "5",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0");

    /** Durability is worth nothing to a test server that is thrown away; skipping it makes DDL and commits fast. */
    private static final Map<String, String> POSTGRES_SETTINGS = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off",
            // Every cached Spring context keeps a connection pool open.
            "max_connections", "300");

    private final EmbeddedKafkaKraftBroker broker;
    private final EmbeddedPostgres postgresProcess;
    private final PostgresServer postgres;

    private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker broker, EmbeddedPostgres postgresProcess) {
        this.broker = broker;
        this.postgresProcess = postgresProcess;
        this.postgres = new PostgresServer(
                "jdbc:postgresql://localhost:" + postgresProcess.getPort() + "/postgres", "postgres", "");
    }

    static EmbeddedInfrastructure start() {
        CompletableFuture<EmbeddedPostgres> postgres = CompletableFuture.supplyAsync(EmbeddedInfrastructure::startPostgres);
        EmbeddedKafkaKraftBroker broker;
        try {
            broker = startBroker(BROKER_ADDRESS_PROPERTY);
        } catch (RuntimeException e) {
            postgres.thenAccept(EmbeddedInfrastructure::closeQuietly);
            throw e;
        }
        try {
            return new EmbeddedInfrastructure(broker, postgres.join());
        } catch (CompletionException e) {
            broker.destroy();
            throw new IllegalStateException("Embedded PostgreSQL failed to start", e.getCause());
        }
    }

    /** A single-node KRaft broker in this JVM, started, with the platform's test settings. */
    static EmbeddedKafkaKraftBroker startBroker(String addressProperty) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
        broker.brokerProperties(BROKER_SETTINGS);
        // It publishes its address as a system property, by default spring.kafka.bootstrap-servers, which would
        // silently override what any Spring test in the JVM configures. SpringInfrastructure registers the
        // address explicitly instead, so the broker gets a name nothing reads implicitly.
        broker.brokerListProperty(addressProperty);
        broker.afterPropertiesSet();
        return broker;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // zonky waits 10 s for the server by default; on a 2-core box busy with parallel builds the first start
            // (initdb included) takes longer, and the whole module's ITs would fail for it
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            POSTGRES_SETTINGS.forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public PostgresServer postgres() {
        return postgres;
    }

    /**
     * Stops the PostgreSQL process, which would outlive the JVM otherwise. The broker lives in this JVM and ends
     * with it; shutting it down here would race Kafka's own shutdown hook that deletes its log directories and
     * only add seconds and a screenful of storage errors to every test run.
     */
    @Override
    public void stop() {
        closeQuietly(postgresProcess);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("[ticketflow-testkit] embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
