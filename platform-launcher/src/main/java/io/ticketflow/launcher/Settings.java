package io.ticketflow.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the launcher reads from its environment, read once.
 *
 * @param root the repository checkout: module jars are found relative to it
 * @param externalPostgres set when {@code TICKETFLOW_POSTGRES_HOST} points at an existing server
 * @param externalKafka set when {@code TICKETFLOW_KAFKA_BOOTSTRAP} points at an existing cluster
 * @param gatewayApiDocs whether the gateway serves Swagger UI and the services' documents: off in the gateway's own
 *                       defaults, on for local use unless {@code GATEWAY_API_DOCS_ENABLED=false}
 */
record Settings(Path root, Layout layout, int postgresPort, String postgresUser, String postgresPassword,
                Optional<String> externalPostgres, Optional<String> externalKafka, Duration readyTimeout,
                boolean gatewayApiDocs) {

    static final int DEFAULT_POSTGRES_PORT = 15432;
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    static Settings from(Map<String, String> env, Path root) {
        Path home = Optional.ofNullable(env.get("TICKETFLOW_HOME")).filter(s -> !s.isBlank())
                .map(Path::of).orElse(root.resolve(".ticketflow")).toAbsolutePath().normalize();
        return new Settings(root, new Layout(home),
                intValue(env, "TICKETFLOW_POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
                value(env, "TICKETFLOW_POSTGRES_USER").orElse("postgres"),
                value(env, "TICKETFLOW_POSTGRES_PASSWORD").orElse(""),
                value(env, "TICKETFLOW_POSTGRES_HOST"),
                value(env, "TICKETFLOW_KAFKA_BOOTSTRAP"),
                Duration.ofSeconds(intValue(env, "TICKETFLOW_READY_TIMEOUT", (int) DEFAULT_READY_TIMEOUT.toSeconds())),
                value(env, "GATEWAY_API_DOCS_ENABLED").map(s -> !s.trim().equalsIgnoreCase("false")).orElse(true));
    }

    String postgresHost() {
        return externalPostgres.orElse("localhost");
    }

    String kafkaBootstrap() {
        return externalKafka.orElse(KafkaBrokerConfig.BOOTSTRAP);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost() + ":" + postgresPort + "/" + database;
    }

    Path moduleJar(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank());
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        return value(env, name).map(s -> {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw new LauncherException(name + " must be a number, not '" + s + "'");
            }
        }).orElse(fallback);
    }
}
