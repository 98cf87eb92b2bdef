package io.ticketflow.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's PostgreSQL: embedded binaries from Maven Central (zonky) whose data directory survives
 * restarts, or an existing server named by {@code TICKETFLOW_POSTGRES_HOST}, which is used and never stopped.
 */
final class PostgresServer implements AutoCloseable {
    private final Settings settings;
    private final EmbeddedPostgres embedded;

    private PostgresServer(Settings settings, EmbeddedPostgres embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    static PostgresServer start(Settings settings) {
        if (settings.externalPostgres().isPresent()) {
            return new PostgresServer(settings, null);
        }
        Layout layout = settings.layout();
        try {
            Files.createDirectories(layout.postgresData());
            Files.createDirectories(layout.logs());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(layout.log(Platform.POSTGRES).toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(layout.postgresData())
                    .setCleanDataDirectory(false)
                    .setPort(settings.postgresPort())
                    // The launcher stops PostgreSQL itself, last, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new PostgresServer(settings, postgres);
        } catch (IOException | RuntimeException e) {
            throw new LauncherException("PostgreSQL did not start: " + e.getMessage() + "\n"
                    + LogTail.of(layout.log(Platform.POSTGRES)), e);
        }
    }

    /**
     * The postmaster, when this launcher runs it. zonky starts it through {@code pg_ctl}, which returns once
     * the server is up; the server's own pid is the first line of {@code postmaster.pid}.
     */
    Optional<ProcessHandle> postmaster() {
        if (embedded == null) {
            return Optional.empty();
        }
        try {
            String pid = Files.readAllLines(settings.layout().postgresData().resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException e) {
            throw new LauncherException("PostgreSQL started but its pid is unreadable: " + e.getMessage(), e);
        }
    }

    /** Creates the databases that do not exist yet; existing ones (and their data) are left alone. */
    List<String> createMissingDatabases(List<String> names) {
        List<String> created = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"),
                settings.postgresUser(), settings.postgresPassword());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        // Names come from the fixed service list, never from input: quoting is enough.
                        create.execute("CREATE DATABASE \"" + name + "\"");
                        created.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("Cannot create the databases on " + settings.jdbcUrl("postgres") + ": "
                    + e.getMessage(), e);
        }
        return created;
    }

    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new LauncherException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
