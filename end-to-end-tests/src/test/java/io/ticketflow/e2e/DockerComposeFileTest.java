package io.ticketflow.e2e;

import io.ticketflow.testkit.ContainerInfrastructure;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} is the other way to run the platform; it must run the same set of processes as
 * {@code ./ticketflow}, each with a health check (so {@code depends_on} can wait for it) and a memory limit (so
 * a laptop survives it); it must start nothing before what it needs is healthy, run the Kafka and PostgreSQL
 * versions the integration tests run, keep Kafka's data in its volume, and catch the mails notification-service sends
 * (as {@code ./ticketflow} does with its own mail catcher), and have every service and the gateway trust exactly the
 * issuer the identity-server puts in its tokens.
 */
class DockerComposeFileTest {
    private static final Path ROOT = Path.of(System.getProperty("ticketflow.root", "..")).toAbsolutePath().normalize();
    private static final List<String> EXPECTED = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "reporting-service", "gateway", "kafka", "postgres", "mailpit");
    private static final List<String> BACKEND_SERVICES = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "reporting-service");

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

    @Test
    void every_service_waits_until_its_dependencies_are_healthy() throws IOException {
        Map<String, Object> services = services(composeFile());

        List<String> problems = new ArrayList<>();
        // the list form of depends_on means service_started: a service would start against a broker or a
        // database that does not answer yet
        services.forEach((name, entry) -> {
            Object dependsOn = entry instanceof Map<?, ?> service ? service.get("depends_on") : null;
            if (dependsOn != null && !(dependsOn instanceof Map<?, ?>)) {
                problems.add(name + ": depends_on is a list; give each dependency condition: service_healthy");
            } else if (dependsOn instanceof Map<?, ?> dependencies) {
                dependencies.forEach((dependency, how) -> {
                    Object condition = how instanceof Map<?, ?> options ? options.get("condition") : null;
                    if (!"service_healthy".equals(condition)) {
                        problems.add(name + ": waits for " + dependency + " with condition " + condition
                                + ", not service_healthy");
                    }
                });
            }
        });
        for (String backend : BACKEND_SERVICES) {
            for (String dependency : List.of("kafka", "postgres")) {
                if (!dependencies(services, backend).contains(dependency)) {
                    problems.add(backend + ": does not wait for " + dependency);
                }
            }
            if (!dependencies(services, "gateway").contains(backend)) {
                problems.add("gateway: does not wait for " + backend);
            }
        }
        assertThat(problems).as("docker-compose.yml problems").isEmpty();
    }

    @Test
    void kafka_and_postgres_run_the_pinned_versions_the_integration_tests_run() throws IOException {
        Map<String, Object> services = services(composeFile());

        for (String pinned : List.of(ContainerInfrastructure.KAFKA_IMAGE, ContainerInfrastructure.POSTGRES_IMAGE)) {
            assertThat(tag(pinned)).as("tag of %s", pinned).isNotEmpty().isNotEqualTo("latest");
        }
        assertThat(image(services, "kafka")).as("kafka image").isEqualTo(ContainerInfrastructure.KAFKA_IMAGE);
        assertThat(image(services, "postgres")).as("postgres image").isEqualTo(ContainerInfrastructure.POSTGRES_IMAGE);
    }

    @Test
    void the_local_gateway_serves_the_api_documentation_which_its_own_defaults_keep_closed() throws IOException {
        Map<?, ?> gateway = (Map<?, ?>) services(composeFile()).get("gateway");
        assertThat(gateway).as("gateway entry").isNotNull();

        assertThat(String.valueOf(environment(gateway).get("GATEWAY_API_DOCS_ENABLED")))
                .as("gateway's GATEWAY_API_DOCS_ENABLED").isEqualTo("true");
    }

    @Test
    void notification_service_sends_to_the_mail_catcher_it_waits_for() throws IOException {
        Map<String, Object> services = services(composeFile());
        Map<?, ?> notification = (Map<?, ?>) services.get("notification-service");
        assertThat(notification).as("notification-service entry").isNotNull();

        Map<String, Object> environment = environment(notification);
        Object mailHost = environment.get("SPRING_MAIL_HOST");
        assertThat(mailHost).as("notification-service's SPRING_MAIL_HOST").isEqualTo("mailpit");
        // mailpit's SMTP port inside the network; its UI and API are 8025
        assertThat(String.valueOf(environment.get("SPRING_MAIL_PORT"))).as("SPRING_MAIL_PORT").isEqualTo("1025");
        assertThat(dependencies(services, "notification-service")).contains("mailpit", "kafka", "postgres");
        String image = image(services, "mailpit");
        assertThat(image).startsWith("axllent/mailpit:");
        assertThat(tag(image)).as("mailpit's tag").isNotEmpty().isNotEqualTo("latest");
    }

    @Test
    void every_service_and_the_gateway_trust_the_issuer_the_identity_server_names_and_fetch_its_keys_in_the_network()
            throws IOException {
        Map<String, Object> services = services(composeFile());
        Map<?, ?> identity = (Map<?, ?>) services.get("identity-server");
        assertThat(identity).as("identity-server entry").isNotNull();
        Map<String, Object> identityEnvironment = environment(identity);
        Object issuer = identityEnvironment.get("TICKETFLOW_IDENTITY_ISSUER");
        assertThat(issuer).as("identity-server's TICKETFLOW_IDENTITY_ISSUER (what tokens say in iss)").isNotNull();
        // the identity-server's own default audience, unless the file sets another
        Object audience = identityEnvironment.getOrDefault("TICKETFLOW_IDENTITY_AUDIENCE", "ticketflow");

        List<String> problems = new ArrayList<>();
        List<String> checkers = new ArrayList<>(BACKEND_SERVICES);
        checkers.add("gateway");
        for (String name : checkers) {
            Map<String, Object> environment = environment((Map<?, ?>) services.get(name));
            if (!issuer.equals(environment.get("TICKETFLOW_ISSUER"))) {
                problems.add(name + ": TICKETFLOW_ISSUER " + environment.get("TICKETFLOW_ISSUER") + ", tokens say " + issuer);
            }
            // absent means the services' default, ticketflow: only then may it be left out
            if (!audience.equals(environment.getOrDefault("TICKETFLOW_AUDIENCE", "ticketflow"))) {
                problems.add(name + ": TICKETFLOW_AUDIENCE " + environment.get("TICKETFLOW_AUDIENCE") + ", tokens say "
                        + audience);
            }
            Object jwkSetUri = environment.get("TICKETFLOW_JWK_SET_URI");
            URI keys = jwkSetUri == null ? null : URI.create(String.valueOf(jwkSetUri));
            // localhost inside a container is the container itself: the keys must be fetched from the issuer's
            // container by its name on the compose network, on the port it listens on there
            if (keys == null || !"identity-server".equals(keys.getHost()) || keys.getPort() != 9000
                    || !"/oauth2/jwks".equals(keys.getPath())) {
                problems.add(name + ": TICKETFLOW_JWK_SET_URI " + jwkSetUri
                        + " is not the identity-server's key set on the compose network");
            }
        }
        assertThat(problems).as("docker-compose.yml token settings").isEmpty();
    }

    @Test
    void kafka_keeps_its_log_in_its_data_volume() throws IOException {
        Map<?, ?> kafka = (Map<?, ?>) services(composeFile()).get("kafka");
        assertThat(kafka).as("kafka service entry").isNotNull();

        // without KAFKA_LOG_DIRS the image writes under /tmp and the volume stays empty: a restart loses topics
        Object logDirs = environment(kafka).get("KAFKA_LOG_DIRS");
        assertThat(logDirs).as("kafka's KAFKA_LOG_DIRS").isNotNull();
        List<String> mounts = volumeTargets(kafka);
        for (String logDir : String.valueOf(logDirs).split(",")) {
            assertThat(mounts).as("kafka volume mounts (KAFKA_LOG_DIRS=%s)", logDirs).contains(trimSlash(logDir.trim()));
        }
    }

    private static Path composeFile() {
        Path file = ROOT.resolve("docker-compose.yml");
        assertThat(file).as("docker-compose.yml at the repository root (%s)", ROOT).exists();
        return file;
    }

    private static List<String> dependencies(Map<String, Object> services, String name) {
        Object dependsOn = services.get(name) instanceof Map<?, ?> service ? service.get("depends_on") : null;
        if (dependsOn instanceof Map<?, ?> dependencies) {
            return dependencies.keySet().stream().map(String::valueOf).toList();
        }
        if (dependsOn instanceof List<?> dependencies) {
            return dependencies.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String image(Map<String, Object> services, String name) {
        return services.get(name) instanceof Map<?, ?> service ? String.valueOf(service.get("image")) : null;
    }

    /** The tag of {@code registry:port/name:tag}, or "" when there is none; a digest counts as no tag here. */
    private static String tag(String image) {
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        return colon < 0 || lastSegment.contains("@") ? "" : lastSegment.substring(colon + 1);
    }

    /** Compose allows a mapping or a list of {@code KEY=value}. */
    private static Map<String, Object> environment(Map<?, ?> service) {
        Map<String, Object> variables = new HashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(String.valueOf(key), value));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String[] pair = String.valueOf(item).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return variables;
    }

    /** Container paths of the named volumes a service mounts, short ({@code name:/path[:ro]}) or long syntax. */
    private static List<String> volumeTargets(Map<?, ?> service) {
        List<String> targets = new ArrayList<>();
        if (!(service.get("volumes") instanceof List<?> volumes)) {
            return targets;
        }
        for (Object volume : volumes) {
            if (volume instanceof Map<?, ?> mount) {
                if (!"bind".equals(mount.get("type")) && mount.get("target") != null) {
                    targets.add(trimSlash(String.valueOf(mount.get("target"))));
                }
            } else {
                List<String> parts = Arrays.asList(String.valueOf(volume).split(":"));
                boolean named = parts.size() >= 2 && !parts.get(0).startsWith(".") && !parts.get(0).startsWith("/")
                        && !parts.get(0).startsWith("~");
                if (named) {
                    targets.add(trimSlash(parts.get(1)));
                }
            }
        }
        return targets;
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
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
