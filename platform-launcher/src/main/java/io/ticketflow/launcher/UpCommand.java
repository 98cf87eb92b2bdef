package io.ticketflow.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * {@code up} in the foreground: starts the platform, then watches it until Ctrl-C, {@code down}, or one of
 * its processes dies (then the rest is stopped too, so nothing runs half-broken unnoticed). The detached
 * variant runs exactly this in a background JVM.
 */
final class UpCommand {
    private final Settings settings;
    private final PidFiles pidFiles;
    private final PrintStream out;

    UpCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.pidFiles = new PidFiles(settings.layout().run());
        this.out = out;
    }

    int run(List<ServiceSpec> services) {
        requireNotRunning(pidFiles);
        Platform platform = new Platform(settings, pidFiles, out);
        platform.preflight(services);
        pidFiles.record(PidFiles.LAUNCHER, ProcessHandle.current());
        deleteReadyMarker();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(platform), "ticketflow-stop"));
        try {
            platform.start(services);
        } catch (LauncherException e) {
            if (platform.isStopping()) {
                // Ctrl-C or down during the start: processes ending now are the stop, not a failure.
                return 0;
            }
            System.err.println(e.getMessage());
            System.err.println("Stopping what was started.");
            return 1;
        }
        announce(services);
        return watch(platform);
    }

    static void requireNotRunning(PidFiles pidFiles) {
        pidFiles.live(PidFiles.LAUNCHER).ifPresent(launcher -> {
            throw new LauncherException("Ticketflow is already running (launcher pid " + launcher.pid()
                    + "). See ./ticketflow status, or stop it with ./ticketflow down.");
        });
    }

    private void announce(List<ServiceSpec> services) {
        String infrastructure = "PostgreSQL on " + settings.postgresHost() + ":" + settings.postgresPort()
                + " and Kafka on " + settings.kafkaBootstrap();
        String gateway = ServiceSpec.named("gateway").orElseThrow().baseUrl();
        String summary = services.equals(ServiceSpec.ALL) ? "Ticketflow is up: " + gateway
                : services.isEmpty() ? infrastructure + " are up (no services: --only infra)."
                : infrastructure + " are up, with " + CommandLine.selectionArgument(services) + "."
                + (services.stream().anyMatch(s -> s.name().equals("gateway")) ? " Gateway: " + gateway : "");
        summary += "\nMails the platform sends are caught here, not delivered: curl -s " + LocalMailCatcher.MESSAGES_URL;
        summary += "\nTokens of the demo users from the issuer at " + LocalIdentityServer.ISSUER
                + ": curl -H \"Authorization: Bearer $(./ticketflow token alice)\" ...";
        try {
            Files.writeString(settings.layout().readyMarker(), summary + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(summary);
        out.println("Logs in " + settings.layout().logs() + "; stop with Ctrl-C or ./ticketflow down.");
    }

    private int watch(Platform platform) {
        try {
            String exited = platform.firstExit().get();
            if (platform.isStopping()) {
                return 0;
            }
            System.err.println(exited + " exited unexpectedly; stopping the platform.\n"
                    + LogTail.of(settings.layout().log(exited)));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            throw new LauncherException("Lost track of the platform's processes: " + e.getMessage(), e);
        }
    }

    private void stop(Platform platform) {
        try {
            platform.close();
        } finally {
            deleteReadyMarker();
            pidFiles.delete(PidFiles.LAUNCHER);
            out.println("Ticketflow stopped.");
        }
    }

    private void deleteReadyMarker() {
        try {
            Files.deleteIfExists(settings.layout().readyMarker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
