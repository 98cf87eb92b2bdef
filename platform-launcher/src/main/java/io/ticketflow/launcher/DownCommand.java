package io.ticketflow.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code down}: asks the launcher to stop (it stops its processes in order), then stops any process a pid
 * file still names, in the same order: a launcher that was killed leaves its children running.
 */
final class DownCommand {
    /**
     * Enough for the launcher to stop services, the identity-server, the mail catcher, Kafka and PostgreSQL one group
     * after the other.
     */
    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(170);
    private static final Duration CHILD_GRACE = Duration.ofSeconds(30);

    private final Settings settings;
    private final PrintStream out;

    DownCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    static List<String> stopOrder() {
        List<String> names = new ArrayList<>(ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
        names.add(LocalIdentityServer.NAME);
        names.add(LocalMailCatcher.NAME);
        names.add(KafkaBroker.NAME);
        names.add(Platform.POSTGRES);
        return names;
    }

    int run() throws IOException {
        PidFiles pidFiles = new PidFiles(settings.layout().run());
        boolean stoppedSomething = false;
        Optional<ProcessHandle> launcher = pidFiles.live(PidFiles.LAUNCHER);
        if (launcher.isPresent()) {
            out.println("Stopping the launcher (pid " + launcher.get().pid() + ") and everything it started...");
            ProcessStopper.stop(launcher.get(), LAUNCHER_GRACE);
            stoppedSomething = true;
        }
        pidFiles.delete(PidFiles.LAUNCHER);
        for (String name : stopOrder()) {
            Optional<ProcessHandle> leftOver = pidFiles.live(name);
            if (leftOver.isPresent()) {
                out.println("Stopping " + name + " (pid " + leftOver.get().pid() + ")");
                ProcessStopper.stop(leftOver.get(), CHILD_GRACE);
                stoppedSomething = true;
            }
            // A file whose process is gone, or whose pid now belongs to another program, is just stale.
            pidFiles.delete(name);
        }
        Files.deleteIfExists(settings.layout().readyMarker());
        out.println(stoppedSomething ? "Ticketflow stopped." : "Ticketflow was not running.");
        return 0;
    }
}
