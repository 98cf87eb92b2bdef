package io.ticketflow.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every started service reports ready, watching that none has exited meanwhile. Six JVMs warming
 * up on two cores take a while, hence the generous, configurable timeout.
 */
final class ReadinessWatch {
    private static final Duration POLL = Duration.ofSeconds(1);

    private final PrintStream out;

    ReadinessWatch(PrintStream out) {
        this.out = out;
    }

    void awaitAll(List<ChildProcess> services, Duration timeout) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        List<ChildProcess> pending = new ArrayList<>(services);
        while (!pending.isEmpty()) {
            for (ChildProcess child : List.copyOf(pending)) {
                if (!child.process().isAlive()) {
                    throw new LauncherException(child.name() + " exited with code " + child.process().exitValue()
                            + " before it was ready.\n" + LogTail.of(child.log()));
                }
                ServiceSpec service = ServiceSpec.named(child.name()).orElseThrow();
                if (Readiness.isReady(service)) {
                    pending.remove(child);
                    out.printf("%-21s ready at %s (%d s)%n", child.name(), service.baseUrl(),
                            Duration.between(begin, Instant.now()).toSeconds());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                StringBuilder tails = new StringBuilder();
                pending.forEach(child -> tails.append(LogTail.of(child.log())));
                throw new LauncherException(String.join(", ", pending.stream().map(ChildProcess::name).toList())
                        + " not ready after " + timeout.toSeconds() + " s (TICKETFLOW_READY_TIMEOUT raises the limit).\n"
                        + tails);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for the services", e);
        }
    }
}
