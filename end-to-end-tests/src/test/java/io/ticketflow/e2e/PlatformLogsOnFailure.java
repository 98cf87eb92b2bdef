package io.ticketflow.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * When an end-to-end test fails, the reason is usually in a service's log, not in the assertion: print the
 * end of every log the launcher wrote, before {@code down} runs.
 */
final class PlatformLogsOnFailure implements TestWatcher {
    private static final int LINES = 40;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        printLogTails();
    }

    static void printLogTails() {
        Path logs = LocalPlatform.TICKETFLOW.home().resolve("logs");
        List<String> names = new ArrayList<>(LocalPlatform.SERVICES);
        names.addAll(List.of("kafka", "kafka-console", "postgres", "launcher"));
        for (String name : names) {
            Path log = logs.resolve(name + ".log");
            if (Files.exists(log)) {
                System.out.println("--- last " + LINES + " lines of " + log + " ---");
                tail(log).forEach(System.out::println);
            }
        }
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - LINES), lines.size());
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }
}
