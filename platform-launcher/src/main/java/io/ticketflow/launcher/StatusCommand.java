package io.ticketflow.launcher;

import java.io.PrintStream;
import java.util.Optional;

/** {@code status}: one line per process the launcher manages: pid, port and health. */
final class StatusCommand {
    private final Settings settings;
    private final PrintStream out;

    StatusCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run() {
        PidFiles pidFiles = new PidFiles(settings.layout().run());
        Optional<ProcessHandle> launcher = pidFiles.live(PidFiles.LAUNCHER);
        out.println(launcher.map(p -> "Ticketflow launcher running (pid " + p.pid() + "), home " + settings.layout().home())
                .orElse("Ticketflow launcher not running (home " + settings.layout().home() + ")"));
        out.printf("%-21s %-8s %-16s %s%n", "PROCESS", "PID", "PORT", "HEALTH");
        if (settings.externalPostgres().isPresent()) {
            out.printf("%-21s %-8s %-16s %s%n", Platform.POSTGRES, "-", settings.postgresHost() + ":"
                    + settings.postgresPort(), "existing server");
        } else {
            row(pidFiles, Platform.POSTGRES, settings.postgresPort(), PortGuard.accepts(settings.postgresPort()));
        }
        if (settings.externalKafka().isPresent()) {
            out.printf("%-21s %-8s %-16s %s%n", KafkaBroker.NAME, "-", settings.kafkaBootstrap(), "existing cluster");
        } else {
            row(pidFiles, KafkaBroker.NAME, KafkaBrokerConfig.BROKER_PORT, PortGuard.accepts(KafkaBrokerConfig.BROKER_PORT));
        }
        boolean catcherRunning = pidFiles.live(LocalMailCatcher.NAME).isPresent();
        row(pidFiles, LocalMailCatcher.NAME, LocalMailCatcher.SMTP_PORT + "," + LocalMailCatcher.HTTP_PORT,
                catcherRunning && LocalMailCatcher.isHealthy());
        boolean identityRunning = pidFiles.live(LocalIdentityServer.NAME).isPresent();
        row(pidFiles, LocalIdentityServer.NAME, LocalIdentityServer.PORT, identityRunning && LocalIdentityServer.isReady());
        for (ServiceSpec service : ServiceSpec.ALL) {
            boolean running = pidFiles.live(service.name()).isPresent();
            row(pidFiles, service.name(), service.port(), running && Readiness.isReady(service));
        }
        return 0;
    }

    private void row(PidFiles pidFiles, String name, int port, boolean healthy) {
        row(pidFiles, name, Integer.toString(port), healthy);
    }

    private void row(PidFiles pidFiles, String name, String ports, boolean healthy) {
        Optional<ProcessHandle> process = pidFiles.live(name);
        String health = process.isEmpty() ? "not running" : healthy ? "UP" : "starting or unhealthy";
        out.printf("%-21s %-8s %-16s %s%n", name, process.map(p -> Long.toString(p.pid())).orElse("-"),
                ports, health);
    }
}
