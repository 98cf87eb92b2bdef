package io.ticketflow.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code reset}: deletes PostgreSQL's and Kafka's data, after a confirmation, and never under a running platform. */
final class ResetCommand {
    private final Settings settings;
    private final PrintStream out;

    ResetCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run(boolean yes) throws IOException {
        PidFiles pidFiles = new PidFiles(settings.layout().run());
        boolean running = pidFiles.live(PidFiles.LAUNCHER).isPresent()
                || DownCommand.stopOrder().stream().anyMatch(name -> pidFiles.live(name).isPresent());
        if (running) {
            throw new LauncherException("Ticketflow is running; stop it first with ./ticketflow down.");
        }
        Path data = settings.layout().data();
        if (!Files.exists(data)) {
            out.println("Nothing to reset: " + data + " does not exist.");
            return 0;
        }
        if (!yes && !confirmed(data)) {
            out.println("Nothing deleted.");
            return 1;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        out.println("Deleted " + data + ": the next up starts with empty databases and topics.");
        return 0;
    }

    private boolean confirmed(Path data) throws IOException {
        out.print("Delete every ticket, event and topic in " + data + "? [y/N] ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    }
}
