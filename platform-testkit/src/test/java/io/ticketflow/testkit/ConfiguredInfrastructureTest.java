package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ENVIRONMENT mode's wiring, pointed at the JVM's shared servers as if someone had configured them. */
@RealInfrastructure
class ConfiguredInfrastructureTest {

    @Test
    void configured_endpoints_are_used_as_given(TestInfrastructure infrastructure, TestDatabase adminDatabase) {
        ConfiguredInfrastructure configured = ConfiguredInfrastructure.from(Settings.of(Map.of(
                Settings.KAFKA_BOOTSTRAP, infrastructure.kafkaBootstrapServers(),
                Settings.POSTGRES_URL, adminDatabase.jdbcUrl(),
                Settings.POSTGRES_USER, adminDatabase.username(),
                Settings.POSTGRES_PASSWORD, adminDatabase.password())));

        assertThat(configured.kafkaBootstrapServers()).isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(configured.postgres().address()).isEqualTo(JdbcUrls.hostAndPort(adminDatabase.jdbcUrl()));
    }

    @Test
    void databases_are_created_from_the_configured_database_and_dropped_even_while_in_use(
            TestDatabase adminDatabase) throws SQLException {
        PostgresServer server = new PostgresServer(adminDatabase.jdbcUrl(), adminDatabase.username(),
                adminDatabase.password());

        TestDatabase created = server.createDatabase(DatabaseNames.unique("configured"));
        assertThat(databaseExists(adminDatabase, created.name())).isTrue();

        try (Connection stillOpen = DriverManager.getConnection(created.jdbcUrl(), created.username(),
                created.password())) {
            server.dropDatabaseQuietly(created.name());
            assertThat(databaseExists(adminDatabase, created.name())).isFalse();
        }
    }

    private static boolean databaseExists(TestDatabase connectTo, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(connectTo.jdbcUrl(), connectTo.username(),
                connectTo.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            result.next();
            return result.getInt(1) == 1;
        }
    }
}
