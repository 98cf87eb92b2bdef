package io.ticketflow.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local single-node KRaft broker: a separate JVM on the jars that {@code local-kafka-broker} collects, so
 * it is the real Apache Kafka, with its own heap, and it outlives nothing but the launcher that started it.
 */
final class KafkaBroker {
    static final String NAME = "kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Settings settings;
    private final Layout layout;

    KafkaBroker(Settings settings) {
        this.settings = settings;
        this.layout = settings.layout();
    }

    Path libraries() {
        return settings.root().resolve("local-kafka-broker").resolve("target").resolve("lib");
    }

    private Path log4jConfig() {
        return settings.root().resolve("local-kafka-broker").resolve("target").resolve("config")
                .resolve("log4j2.properties");
    }

    ChildProcess start() {
        try {
            Files.createDirectories(layout.kafkaData());
            Files.createDirectories(layout.kafkaConfig().getParent());
            Files.writeString(layout.kafkaConfig(), KafkaBrokerConfig.render(layout.kafkaData()));
        } catch (IOException e) {
            throw new LauncherException("Cannot write " + layout.kafkaConfig() + ": " + e.getMessage(), e);
        }
        if (!Files.exists(layout.kafkaData().resolve("meta.properties"))) {
            formatStorage();
        }
        List<String> command = jvm("-Xms64m", "-Xmx512m");
        command.addAll(List.of("kafka.Kafka", layout.kafkaConfig().toString()));
        return ChildProcess.start(NAME, command, Map.of(), layout.log("kafka-console"), settings.root());
    }

    /** KRaft refuses to start on unformatted log directories; formatting twice would be refused too. */
    private void formatStorage() {
        String clusterId = lastLine(runTool("random-uuid"));
        runTool("format", "-t", clusterId, "-c", layout.kafkaConfig().toString());
    }

    private String runTool(String... arguments) {
        List<String> command = jvm("-Xmx256m");
        command.add("kafka.tools.StorageTool");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new LauncherException("Formatting the Kafka storage failed (StorageTool "
                        + String.join(" ", arguments) + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new LauncherException("Cannot run the Kafka StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while formatting the Kafka storage", e);
        }
    }

    private List<String> jvm(String... memory) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(List.of(memory));
        command.add("-Dlog4j2.configurationFile=" + log4jConfig());
        command.add("-Dkafka.logs.dir=" + layout.logs());
        command.add("-cp");
        // The java launcher itself expands "dir/*" to every jar in the folder.
        command.add(libraries() + File.separator + "*");
        return command;
    }

    /** Waits until the broker answers a metadata request, or fails with the end of its log. */
    static void awaitReady(String bootstrap, ChildProcess broker) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            while (true) {
                if (broker != null && !broker.process().isAlive()) {
                    throw new LauncherException("Kafka exited with code " + broker.process().exitValue() + ".\n"
                            + LogTail.of(broker.log()) + LogTail.of(broker.log().resolveSibling("kafka.log")));
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new LauncherException("Kafka at " + bootstrap + " did not answer within "
                                + START_TIMEOUT.toSeconds() + " s: " + notYet.getMessage()
                                + (broker == null ? "" : "\n" + LogTail.of(broker.log().resolveSibling("kafka.log"))));
                    }
                }
            }
        }
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new LauncherException("The Kafka StorageTool printed no cluster id");
        }
        return lines.get(lines.size() - 1);
    }
}
