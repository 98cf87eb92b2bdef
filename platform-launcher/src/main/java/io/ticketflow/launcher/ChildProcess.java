package io.ticketflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A JVM (or other program) the launcher started, with the log file its output goes to. */
record ChildProcess(String name, Process process, Path log) {

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    /**
     * Starts {@code command} in its own session where the system offers {@code setsid} (Linux): then Ctrl-C
     * on the launcher's terminal reaches the launcher alone, and it stops the children in order (services,
     * Kafka, PostgreSQL) instead of all of them being interrupted at once.
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log,
                              Path workingDirectory) {
        List<String> full = new ArrayList<>();
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new LauncherException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** {@code java} of the JDK running the launcher: the one the user's {@code ./ticketflow} checked. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }
}
