package io.ticketflow.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The mail catcher of the local platform: a small JVM on {@code local-mail-catcher}'s jar, a real SMTP server that
 * keeps what notification-service sends (and delivers nothing) with an HTTP API to read it. Like the broker, it is
 * started before the services and stopped after them, so no mail sent while the platform runs is refused.
 */
final class LocalMailCatcher {
    static final String NAME = "mail-catcher";
    static final String MODULE = "local-mail-catcher";
    static final int SMTP_PORT = 2525;
    static final int HTTP_PORT = 8025;
    /** What notification-service is given: the catcher binds to this address itself, never to another. */
    static final String SMTP_HOST = "127.0.0.1";
    static final String MESSAGES_URL = "http://localhost:" + HTTP_PORT + "/messages";
    private static final URI HEALTH = URI.create("http://" + SMTP_HOST + ":" + HTTP_PORT + "/health");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Settings settings;

    LocalMailCatcher(Settings settings) {
        this.settings = settings;
    }

    Path jar() {
        return settings.moduleJar(MODULE);
    }

    ChildProcess start() {
        List<String> command = List.of(ChildProcess.java(), "-Xms16m", "-Xmx96m", "-XX:+UseSerialGC",
                "-jar", jar().toString());
        return ChildProcess.start(NAME, command, environment(), settings.layout().log(NAME), settings.root());
    }

    static Map<String, String> environment() {
        return Map.of("MAIL_CATCHER_SMTP_PORT", Integer.toString(SMTP_PORT),
                "MAIL_CATCHER_HTTP_PORT", Integer.toString(HTTP_PORT));
    }

    static boolean isHealthy() {
        return Readiness.isReady(HEALTH);
    }

    /** Waits until the catcher answers its health check, or fails with the end of its log. */
    static void awaitReady(ChildProcess catcher) {
        Readiness.await(catcher, HEALTH, START_TIMEOUT);
    }
}
