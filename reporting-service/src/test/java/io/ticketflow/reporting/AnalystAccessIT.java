package io.ticketflow.reporting;

import io.ticketflow.testkit.TestDatabase;
import io.ticketflow.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An analyst's login, a member of the reader role, as the README tells a DBA to create it. */
class AnalystAccessIT extends ReportingIntegrationTest {

    private static final List<String> VIEWS =
            List.of("tickets", "ticket_status_history", "sla_clocks", "escalations", "agents", "teams");

    @Test
    void an_analyst_reads_every_view_and_nothing_else() throws SQLException {
        try (Connection analyst = analyst(); Statement sql = analyst.createStatement()) {
            for (String view : VIEWS) {
                sql.executeQuery("select * from reporting." + view + " limit 1").close();
            }
            for (String denied : List.of("select * from reporting.ticket_fact",
                    "select * from reporting.processed_event",
                    "select * from reporting.projection_rebuild",
                    "insert into reporting.team_dim (team_id, defined_at) values ('x', now())",
                    "delete from reporting.teams", // a simple view, which PostgreSQL could write through
                    "create table reporting.mine (id int)")) {
                assertThatThrownBy(() -> sql.execute(denied)).as(denied)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("42501")); // insufficient_privilege
            }
        }
    }

    private Connection analyst() throws SQLException {
        String login = unique("analyst").replace('-', '_');
        jdbc.execute("create role " + login + " login password 'not-a-secret-test-only' in role reporting_reader");
        TestDatabase database = TestInfrastructure.get().databaseFor(ReportingIntegrationTest.class);
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", "not-a-secret-test-only");
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }
}
