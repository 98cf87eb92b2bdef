package io.ticketflow.testkit;

import java.util.concurrent.CompletableFuture;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * {@link TestInfrastructure.Mode#TESTCONTAINERS}: the official images, pinned to the versions
 * {@code docker-compose.yml} runs. These constants are the single source of those versions: the
 * end-to-end-tests module's {@code DockerComposeFileTest} fails when {@code docker-compose.yml} names another.
 */
public final class ContainerInfrastructure implements RunningInfrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    public static final String POSTGRES_IMAGE = "postgres:17.6";

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgresContainer;
    private final PostgresServer postgres;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer postgresContainer) {
        this.kafka = kafka;
        this.postgresContainer = postgresContainer;
        this.postgres = new PostgresServer(postgresContainer.getJdbcUrl(), postgresContainer.getUsername(),
                postgresContainer.getPassword());
    }

    static ContainerInfrastructure start() {
        // Same broker behaviour as the embedded one: auto-creation on, 3 partitions by default, small internal
        // topics. The image's own defaults already give internal topics a single replica.
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(EmbeddedInfrastructure.DEFAULT_PARTITIONS))
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off", "-c", "max_connections=300");
        CompletableFuture.allOf(
                CompletableFuture.runAsync(kafka::start),
                CompletableFuture.runAsync(postgres::start)).join();
        return new ContainerInfrastructure(kafka, postgres);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public void stop() {
        // Ryuk removes the containers too if this JVM dies without running its hooks.
        kafka.stop();
        postgresContainer.stop();
    }
}
