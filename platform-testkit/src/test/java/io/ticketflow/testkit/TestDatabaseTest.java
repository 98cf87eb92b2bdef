package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class TestDatabaseTest {

    @Test
    void a_table_created_in_one_database_is_absent_from_another(TestInfrastructure infrastructure) throws SQLException {
        TestDatabase first = infrastructure.createDatabase("isolation");
        TestDatabase second = infrastructure.createDatabase("isolation");

        execute(first, "CREATE TABLE ticket_view (id text PRIMARY KEY)");

        assertThat(first.name()).isNotEqualTo(second.name());
        assertThat(tableExists(first, "ticket_view")).isTrue();
        assertThat(tableExists(second, "ticket_view")).isFalse();
    }

    @Test
    void a_new_database_is_empty(TestInfrastructure infrastructure) throws SQLException {
        TestDatabase database = infrastructure.createDatabase("empty");

        assertThat(query(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                .isEqualTo("0");
    }

    @Test
    void the_class_database_is_the_one_injected_and_named_after_the_class(TestDatabase database,
                                                                          TestInfrastructure infrastructure)
            throws SQLException {
        assertThat(database).isEqualTo(infrastructure.databaseFor(TestDatabaseTest.class));
        assertThat(database.name()).startsWith("tf_test_database_test_");
        assertThat(query(database, "SELECT current_database()")).isEqualTo(database.name());
    }

    @Test
    void a_database_name_hint_becomes_a_safe_identifier(TestInfrastructure infrastructure) throws SQLException {
        TestDatabase database = infrastructure.createDatabase("Reporting; DROP DATABASE postgres --");

        assertThat(database.name()).matches("tf_reporting_drop_database_postgres_[0-9a-f]{8}");
        assertThat(query(database, "SELECT current_database()")).isEqualTo(database.name());
    }

    @Nested
    class WhenNested {

        @Test
        void a_nested_class_shares_the_database_of_its_enclosing_class(TestDatabase database,
                                                                        TestInfrastructure infrastructure) {
            assertThat(database).isEqualTo(infrastructure.databaseFor(TestDatabaseTest.class));
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(TestDatabase database, String table) throws SQLException {
        return "true".equals(query(database, "SELECT (to_regclass('public." + table + "') IS NOT NULL)::text"));
    }

    private static String query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
