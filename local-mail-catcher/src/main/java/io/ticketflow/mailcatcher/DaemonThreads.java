package io.ticketflow.mailcatcher;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive: stopping the catcher is the shutdown hook's job alone. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
