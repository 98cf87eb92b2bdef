package io.ticketflow.e2e;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} is the other way to run the platform; it must run the same set of processes as
 * {@code ./ticketflow}, each with a health check (so {@code depends_on} can wait for it) and a memory limit (so
 * a laptop survives it).
 */
class DockerComposeFileTest {
    private static final Path ROOT = Path.of(System.getProperty("ticketflow.root", "..")).toAbsolutePath().normalize();
    private static final List<String> EXPECTED = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "reporting-service", "gateway", "kafka", "postgres");

    @Test
    void every_service_kafka_and_postgres_has_an_entry_with_a_healthcheck_and_a_memory_limit() throws IOException {
        Path file = ROOT.resolve("docker-compose.yml");
        assertThat(file).as("docker-compose.yml at the repository root (%s)", ROOT).exists();

        Map<String, Object> services = services(file);

        List<String> problems = new ArrayList<>();
        for (String name : EXPECTED) {
            Object entry = services.get(name);
            if (!(entry instanceof Map<?, ?> service)) {
                problems.add(name + ": no service entry");
                continue;
            }
            if (!(service.get("healthcheck") instanceof Map<?, ?> healthcheck) || healthcheck.get("test") == null) {
                problems.add(name + ": no healthcheck with a test");
            }
            if (memoryLimit(service) == null) {
                problems.add(name + ": no memory limit (mem_limit or deploy.resources.limits.memory)");
            }
        }
        assertThat(problems).as("docker-compose.yml problems").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = new Yaml().load(reader);
            assertThat(document).as("docker-compose.yml is a YAML mapping").isInstanceOf(Map.class);
            Object services = ((Map<String, Object>) document).get("services");
            assertThat(services).as("docker-compose.yml has a services mapping").isInstanceOf(Map.class);
            return (Map<String, Object>) services;
        }
    }

    private static Object memoryLimit(Map<?, ?> service) {
        if (service.get("mem_limit") != null) {
            return service.get("mem_limit");
        }
        Object limit = service;
        for (String key : List.of("deploy", "resources", "limits", "memory")) {
            if (!(limit instanceof Map<?, ?> map)) {
                return null;
            }
            limit = map.get(key);
        }
        return limit;
    }
}
