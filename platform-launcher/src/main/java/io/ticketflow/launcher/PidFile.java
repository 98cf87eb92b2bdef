package io.ticketflow.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher remembers about a process it started: the pid and the instant the process started. A pid
 * alone is not enough after a crash or a reboot, because the operating system reuses pids; the pair identifies
 * one process, so {@code down} never signals a stranger that happens to have the same number.
 */
record PidFile(long pid, Instant startedAt) {

    /** Start instants are derived from clock ticks; two readings of the same process may differ slightly. */
    private static final Duration TOLERANCE = Duration.ofSeconds(1);

    static PidFile of(ProcessHandle process) {
        return new PidFile(process.pid(), process.info().startInstant()
                .orElseThrow(() -> new LauncherException("Cannot read the start time of process " + process.pid())));
    }

    String render() {
        return pid + "\n" + startedAt + "\n";
    }

    static Optional<PidFile> parse(String text) {
        List<String> lines = text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PidFile(Long.parseLong(lines.get(0)), Instant.parse(lines.get(1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code candidate} is alive and is the very process this file was written for. */
    boolean describes(ProcessHandle candidate) {
        return candidate.pid() == pid && candidate.isAlive()
                && candidate.info().startInstant().map(this::sameStart).orElse(false);
    }

    boolean sameStart(Instant other) {
        return Duration.between(startedAt, other).abs().compareTo(TOLERANCE) <= 0;
    }

    /** The live process this file describes, if it still runs. */
    Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid).filter(this::describes);
    }
}
