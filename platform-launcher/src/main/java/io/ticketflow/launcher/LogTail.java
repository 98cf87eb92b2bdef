package io.ticketflow.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file, for the message that explains why something did not start. */
final class LogTail {
    static final int LINES = 30;

    private LogTail() {
    }

    static String of(Path log) {
        return of(log, LINES);
    }

    static String of(Path log, int lines) {
        if (!Files.exists(log)) {
            return "    (no log at " + log + ")";
        }
        try {
            // Malformed bytes must not hide the lines that explain the failure.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            StringBuilder text = new StringBuilder("    --- last " + tail.size() + " lines of " + log + " ---\n");
            tail.forEach(line -> text.append("    ").append(line).append('\n'));
            return text.toString();
        } catch (IOException e) {
            return "    (cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
