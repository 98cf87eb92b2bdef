package io.ticketflow.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code up --detach}: runs a foreground {@code up} as a background supervisor JVM (its output goes to
 * {@code logs/launcher.log}) and returns once that supervisor reports everything healthy, or fails with its log.
 */
final class DetachedUp {
    /**
     * Beyond the services' readiness timeout: PostgreSQL's first initdb, Kafka's and the identity-server's starts come
     * first.
     */
    private static final Duration INFRASTRUCTURE_ALLOWANCE = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Settings settings;
    private final PrintStream out;

    DetachedUp(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run(List<ServiceSpec> services) throws IOException {
        PidFiles pidFiles = new PidFiles(settings.layout().run());
        UpCommand.requireNotRunning(pidFiles);
        new Platform(settings, pidFiles, out).preflight(services);
        Layout layout = settings.layout();
        Files.createDirectories(layout.run());
        Files.deleteIfExists(layout.readyMarker());
        Path log = layout.log(PidFiles.LAUNCHER);
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx128m", "-XX:+UseSerialGC",
                "-jar", ownJar().toString(), "up"));
        if (!services.equals(ServiceSpec.ALL)) {
            command.addAll(List.of("--only", CommandLine.selectionArgument(services)));
        }
        // The supervisor must find the same home even when it was given relative to this shell's folder.
        ChildProcess supervisor = ChildProcess.start(PidFiles.LAUNCHER, command,
                Map.of("TICKETFLOW_HOME", layout.home().toString()), log, settings.root());
        out.println("Starting Ticketflow in the background (pid " + supervisor.process().pid() + "), log: " + log);
        Instant deadline = Instant.now().plus(settings.readyTimeout()).plus(INFRASTRUCTURE_ALLOWANCE);
        while (true) {
            if (Files.exists(layout.readyMarker())) {
                out.print(Files.readString(layout.readyMarker()));
                out.println("Stop it with ./ticketflow down; see it with ./ticketflow status.");
                return 0;
            }
            if (!supervisor.process().isAlive()) {
                System.err.println("Ticketflow did not start.\n" + LogTail.of(log, 80));
                return 1;
            }
            if (Instant.now().isAfter(deadline)) {
                System.err.println("Ticketflow was not up in time; stopping it.\n" + LogTail.of(log, 80));
                ProcessStopper.stop(supervisor.handle(), Duration.ofSeconds(120));
                return 1;
            }
            pause();
        }
    }

    private static Path ownJar() {
        try {
            return Path.of(DetachedUp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot locate the launcher jar: " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for Ticketflow to start", e);
        }
    }
}
