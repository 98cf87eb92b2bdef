package io.ticketflow.launcher;

import java.nio.file.Path;

/**
 * Where the launcher keeps its state, all under one home folder so that a test (or a second checkout) can
 * run a separate platform by pointing {@code TICKETFLOW_HOME} elsewhere.
 */
record Layout(Path home) {
    Path data() {
        return home.resolve("data");
    }

    Path postgresData() {
        return data().resolve("postgres");
    }

    Path kafkaData() {
        return data().resolve("kafka");
    }

    Path kafkaConfig() {
        return home.resolve("kafka").resolve("server.properties");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path run() {
        return home.resolve("run");
    }

    /** Written by the supervisor once everything is healthy; {@code up --detach} waits for it. */
    Path readyMarker() {
        return run().resolve("ready");
    }
}
