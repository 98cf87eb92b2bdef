package io.ticketflow.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of the platform: its module (also its jar's and its log's name), its fixed port and, for the
 * services that own data, its database.
 */
record ServiceSpec(String name, int port, Optional<String> database) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("ticket-service", 8081, Optional.of("tickets")),
            new ServiceSpec("routing-service", 8082, Optional.of("routing")),
            new ServiceSpec("sla-service", 8083, Optional.of("sla")),
            new ServiceSpec("notification-service", 8084, Optional.of("notification")),
            new ServiceSpec("reporting-service", 8085, Optional.of("reporting")),
            new ServiceSpec("gateway", 8080, Optional.empty()));

    static final List<String> DATABASES = ALL.stream().flatMap(s -> s.database().stream()).toList();

    static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The environment variables of the platform conventions, as this service reads them. */
    Map<String, String> environment(Settings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        // the issuer whose tokens the service accepts (read once the services are resource servers)
        env.put("TICKETFLOW_ISSUER", LocalIdentityServer.ISSUER);
        database.ifPresent(db -> {
            env.put("DB_URL", settings.jdbcUrl(db));
            env.put("DB_USER", settings.postgresUser());
            env.put("DB_PASSWORD", settings.postgresPassword());
        });
        if (name.equals("notification-service")) {
            // Spelled out although they are notification-service's defaults: the launcher owns both ends.
            env.put("SPRING_MAIL_HOST", LocalMailCatcher.SMTP_HOST);
            env.put("SPRING_MAIL_PORT", Integer.toString(LocalMailCatcher.SMTP_PORT));
        }
        if (name.equals("gateway")) {
            ALL.stream().filter(s -> s != this).forEach(s -> env.put(s.urlVariable(), s.baseUrl()));
            // the gateway keeps its documentation closed by default; a developer's platform opens it
            env.put("GATEWAY_API_DOCS_ENABLED", Boolean.toString(settings.gatewayApiDocs()));
        }
        return env;
    }

    /** {@code ticket-service} is reached through {@code TICKET_SERVICE_URL}. */
    private String urlVariable() {
        return name.toUpperCase().replace('-', '_') + "_URL";
    }
}
