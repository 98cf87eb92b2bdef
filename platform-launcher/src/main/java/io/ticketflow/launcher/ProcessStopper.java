package io.ticketflow.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes politely (TERM, so Spring and Kafka shut down cleanly), then firmly (KILL) after a timeout. */
final class ProcessStopper {
    private ProcessStopper() {
    }

    static void stop(ProcessHandle process, Duration grace) {
        stopAll(List.of(process), grace);
    }

    /** Stops a group together: services do not depend on each other to shut down, so they need not queue. */
    static void stopAll(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : alive) {
            if (!awaitExit(process, grace)) {
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(10));
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
