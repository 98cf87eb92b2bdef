package io.ticketflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processes the launcher recorded in {@code <home>/run/*.pid} (pid, then start instant), read while the
 * platform runs, so that after {@code down} the test can tell whether any of exactly those is still alive.
 */
record RecordedProcesses(Map<String, Entry> byName) {
    record Entry(long pid, Instant startedAt) {
        boolean stillRunning() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(process -> process.info().startInstant())
                    .map(start -> Duration.between(startedAt, start).abs().compareTo(Duration.ofSeconds(1)) <= 0)
                    .orElse(false);
        }
    }

    static RecordedProcesses readFrom(Path runDirectory) {
        if (!Files.isDirectory(runDirectory)) {
            return new RecordedProcesses(Map.of());
        }
        try (Stream<Path> files = Files.list(runDirectory)) {
            return new RecordedProcesses(files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .collect(Collectors.toMap(RecordedProcesses::name, RecordedProcesses::entry)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> stillRunning() {
        return byName.entrySet().stream().filter(e -> e.getValue().stillRunning())
                .map(e -> e.getKey() + " (pid " + e.getValue().pid() + ")").sorted().toList();
    }

    private static String name(Path pidFile) {
        return pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
    }

    private static Entry entry(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return new Entry(Long.parseLong(lines.get(0).trim()), Instant.parse(lines.get(1).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
