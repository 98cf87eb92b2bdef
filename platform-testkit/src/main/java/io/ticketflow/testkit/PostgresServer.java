package io.ticketflow.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server the kit may create databases on, reached through one of its databases.
 *
 * @param adminJdbcUrl a database on the server to connect to while creating and dropping others
 * @param username     a role allowed to {@code CREATE DATABASE}; it owns the databases it creates
 */
record PostgresServer(String adminJdbcUrl, String username, String password) {

    /** Creates an empty database; the name must already be a safe identifier (see {@link DatabaseNames}). */
    TestDatabase createDatabase(String name) {
        execute("CREATE DATABASE \"" + name + "\"");
        return new TestDatabase(name, JdbcUrls.withDatabase(adminJdbcUrl, name), username, password);
    }

    /** Drops a database even while connections to it are open (PostgreSQL 13+); failures are reported, not thrown. */
    void dropDatabaseQuietly(String name) {
        try {
            execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (RuntimeException e) {
            System.err.println("[ticketflow-testkit] could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** {@code host:port} for messages; never the credentials. */
    String address() {
        return JdbcUrls.hostAndPort(adminJdbcUrl);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + address() + " refused: " + sql, e);
        }
    }
}
