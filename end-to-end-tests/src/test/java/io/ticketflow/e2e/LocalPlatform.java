package io.ticketflow.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform, started as a user starts it ({@code ./ticketflow up --detach}), once per test JVM however
 * many test classes use it: starting it takes minutes. It is kept in the root context's store, which JUnit closes
 * after the last test class; then {@code down} runs, whatever happened, and no process the launcher recorded may
 * be left.
 */
final class LocalPlatform implements BeforeAllCallback {
    static final String GATEWAY = "http://localhost:8080";
    /** The mail catcher's list, where the README sends the user to read the platform's mails. */
    static final String MAILS = "http://localhost:8025/messages";
    static final List<String> SERVICES = List.of("ticket-service", "routing-service", "sla-service",
            "notification-service", "reporting-service", "gateway");
    static final TicketflowCommand TICKETFLOW = new TicketflowCommand(
            Path.of(System.getProperty("ticketflow.root", "..")).toAbsolutePath().normalize(),
            Path.of(System.getProperty("ticketflow.home", "target/e2e-home")).toAbsolutePath().normalize());

    /** Access tokens from the platform's own issuer, got as a user gets them, kept while they have long to live. */
    private static final Map<String, IssuedToken> TOKENS = new ConcurrentHashMap<>();
    /** A token with less than this left is replaced: a test must not hold one that expires under it. */
    static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    @Override
    public void beforeAll(ExtensionContext context) {
        // registered before it starts, so that down runs even when up fails half-way
        context.getRoot().getStore(ExtensionContext.Namespace.create(LocalPlatform.class))
                .computeIfAbsent(Running.class, type -> new Running(), Running.class)
                .startOnce();
    }

    /** {@code ./ticketflow token USER} (or {@code system}), fetched again once it has less than 5 minutes left. */
    static String token(String user) {
        return TOKENS.compute(user, (name, cached) -> cached != null && cached.validFor(TOKEN_MARGIN, Instant.now())
                ? cached : fetch(name)).value();
    }

    private static IssuedToken fetch(String user) {
        try {
            return IssuedToken.of(TICKETFLOW.token(user));
        } catch (Exception e) {
            throw new AssertionError("./ticketflow token " + user + " failed", e);
        }
    }

    static String bearer(String user) {
        return "Bearer " + token(user);
    }

    /** Where the launcher keeps its pid files and the identity-server its secrets and signing key. */
    static Path runDirectory() {
        return TICKETFLOW.home().resolve("run");
    }

    private static final class Running implements AutoCloseable {
        private RecordedProcesses started;
        private boolean attempted;
        private AssertionError failure;

        synchronized void startOnce() {
            if (failure != null) {
                throw failure;
            }
            if (attempted) {
                return;
            }
            attempted = true;
            try {
                start();
            } catch (AssertionError e) {
                failure = e;
                throw e;
            } catch (Exception e) {
                failure = new AssertionError("The platform did not start", e);
                throw failure;
            }
        }

        private void start() throws Exception {
            requireBuilt();
            // A previous run that was killed may have left its platform up; then its data would be reused.
            TICKETFLOW.run(300, "down");
            assertThat(TICKETFLOW.run(60, "reset", "--yes").exitCode()).isZero();
            TicketflowCommand.Result up = TICKETFLOW.run(600, "up", "--detach");
            started = RecordedProcesses.readFrom(runDirectory());
            if (up.exitCode() != 0) {
                PlatformLogsOnFailure.printLogTails();
            }
            assertThat(up.exitCode()).as("./ticketflow up --detach failed:\n%s", up.output()).isZero();
            assertThat(up.output()).contains(GATEWAY).contains(MAILS);
        }

        @Override
        public synchronized void close() throws Exception {
            RecordedProcesses recorded = started != null ? started : RecordedProcesses.readFrom(runDirectory());
            TicketflowCommand.Result down = TICKETFLOW.run(300, "down");

            assertThat(down.exitCode()).as(down.output()).isZero();
            assertThat(recorded.stillRunning()).as("processes left running after ./ticketflow down").isEmpty();
        }
    }

    /**
     * Inside a Maven build the reactor packages every module before this one (see this module's pom); run alone,
     * the test must not start a nested build, so it names what is missing instead.
     */
    private static void requireBuilt() {
        List<String> missing = new ArrayList<>();
        for (String module : SERVICES) {
            Path jar = TICKETFLOW.root().resolve(module).resolve("target").resolve(module + ".jar");
            if (!Files.exists(jar)) {
                missing.add(TICKETFLOW.root().relativize(jar).toString());
            }
        }
        for (String path : List.of("platform-launcher/target/platform-launcher.jar", "local-kafka-broker/target/lib")) {
            if (!Files.exists(TICKETFLOW.root().resolve(path))) {
                missing.add(path);
            }
        }
        assertThat(missing).as("not packaged yet (run mvn -DskipTests package at the root first)").isEmpty();
    }
}
