package io.ticketflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The folder {@code <home>/run} with one {@code <name>.pid} file per process the launcher started. */
final class PidFiles {
    static final String LAUNCHER = "launcher";

    private final Path directory;

    PidFiles(Path directory) {
        this.directory = directory;
    }

    void record(String name, ProcessHandle process) {
        write(name, PidFile.of(process));
    }

    void write(String name, PidFile pidFile) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(name + ".pid.tmp");
            Files.writeString(temporary, pidFile.render());
            // Readers (status, down) never see a half-written file.
            Files.move(temporary, path(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<PidFile> read(String name) {
        try {
            Path file = path(name);
            return Files.exists(file) ? PidFile.parse(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The live process recorded under {@code name}; a file whose process is gone or was replaced reads as empty. */
    Optional<ProcessHandle> live(String name) {
        return read(name).flatMap(PidFile::liveProcess);
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        return directory.resolve(name + ".pid");
    }
}
