package io.ticketflow.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSpecTest {

    private final Settings defaults = Settings.from(Map.of(), Path.of("/repo"));

    @Test
    void a_service_with_a_database_gets_the_conventional_environment() {
        Map<String, String> env = ServiceSpec.named("ticket-service").orElseThrow().environment(defaults);

        assertThat(env)
                .containsEntry("SERVER_PORT", "8081")
                .containsEntry("KAFKA_BOOTSTRAP", "localhost:9092")
                .containsEntry("DB_URL", "jdbc:postgresql://localhost:15432/tickets")
                .containsEntry("DB_USER", "postgres")
                .containsEntry("DB_PASSWORD", "");
    }

    @Test
    void every_service_is_told_the_local_issuer() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertThat(service.environment(defaults)).as(service.name())
                    .containsEntry("TICKETFLOW_ISSUER", "http://localhost:9000");
        }
    }

    @Test
    void the_gateway_knows_every_service_url_and_has_no_database() {
        Map<String, String> env = ServiceSpec.named("gateway").orElseThrow().environment(defaults);

        assertThat(env)
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("TICKET_SERVICE_URL", "http://localhost:8081")
                .containsEntry("ROUTING_SERVICE_URL", "http://localhost:8082")
                .containsEntry("SLA_SERVICE_URL", "http://localhost:8083")
                .containsEntry("NOTIFICATION_SERVICE_URL", "http://localhost:8084")
                .containsEntry("REPORTING_SERVICE_URL", "http://localhost:8085")
                .doesNotContainKey("DB_URL");
    }

    @Test
    void the_local_gateway_serves_the_api_documentation_unless_told_not_to() {
        ServiceSpec gateway = ServiceSpec.named("gateway").orElseThrow();

        assertThat(gateway.environment(defaults)).containsEntry("GATEWAY_API_DOCS_ENABLED", "true");
        assertThat(gateway.environment(Settings.from(Map.of("GATEWAY_API_DOCS_ENABLED", "false"), Path.of("/repo"))))
                .containsEntry("GATEWAY_API_DOCS_ENABLED", "false");
        assertThat(ServiceSpec.named("ticket-service").orElseThrow().environment(defaults))
                .doesNotContainKey("GATEWAY_API_DOCS_ENABLED");
    }

    @Test
    void notification_service_sends_its_mails_to_the_mail_catcher_the_launcher_starts() {
        Map<String, String> env = ServiceSpec.named("notification-service").orElseThrow().environment(defaults);

        assertThat(env)
                .containsEntry("SPRING_MAIL_HOST", "127.0.0.1")
                .containsEntry("SPRING_MAIL_PORT", LocalMailCatcher.environment().get("MAIL_CATCHER_SMTP_PORT"))
                .containsEntry("SPRING_MAIL_PORT", "2525");
        assertThat(LocalMailCatcher.environment()).containsEntry("MAIL_CATCHER_HTTP_PORT", "8025");
        assertThat(ServiceSpec.named("ticket-service").orElseThrow().environment(defaults))
                .doesNotContainKey("SPRING_MAIL_HOST");
    }

    @Test
    void an_existing_postgres_server_and_kafka_cluster_are_passed_on() {
        Settings external = Settings.from(Map.of("TICKETFLOW_POSTGRES_HOST", "db.internal",
                "TICKETFLOW_POSTGRES_PORT", "5432", "TICKETFLOW_POSTGRES_USER", "tf",
                "TICKETFLOW_POSTGRES_PASSWORD", "secret", "TICKETFLOW_KAFKA_BOOTSTRAP", "kafka:29092"), Path.of("/repo"));

        Map<String, String> env = ServiceSpec.named("sla-service").orElseThrow().environment(external);

        assertThat(env)
                .containsEntry("DB_URL", "jdbc:postgresql://db.internal:5432/sla")
                .containsEntry("DB_USER", "tf")
                .containsEntry("DB_PASSWORD", "secret")
                .containsEntry("KAFKA_BOOTSTRAP", "kafka:29092");
    }

    @Test
    void every_service_that_owns_data_has_its_own_database() {
        assertThat(ServiceSpec.DATABASES).containsExactly("tickets", "routing", "sla", "notification", "reporting");
    }

    @Test
    void the_home_folder_defaults_to_dot_ticketflow_in_the_repository_and_can_be_moved() {
        assertThat(defaults.layout().home()).isEqualTo(Path.of("/repo/.ticketflow"));
        assertThat(Settings.from(Map.of("TICKETFLOW_HOME", "/tmp/e2e"), Path.of("/repo")).layout().postgresData())
                .isEqualTo(Path.of("/tmp/e2e/data/postgres"));
    }

    @Test
    void a_readiness_answer_is_up_only_with_status_200_and_status_up() {
        assertThat(Readiness.isUp(200, "{\"status\":\"UP\"}")).isTrue();
        assertThat(Readiness.isUp(200, "{ \"status\" : \"UP\", \"components\": {} }")).isTrue();
        assertThat(Readiness.isUp(503, "{\"status\":\"OUT_OF_SERVICE\"}")).isFalse();
        assertThat(Readiness.isUp(200, "{\"status\":\"DOWN\"}")).isFalse();
    }
}
