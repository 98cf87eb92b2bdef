package io.ticketflow.identity.secrets;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (mode 600, in a folder of mode 700). A file is written under a temporary name that is
 * created owner-only from the start and then moved into place: no instant exists at which the secret is readable by
 * others, or half-written.
 */
final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    static void write(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        }
        Path temporary = POSIX
                ? Files.createTempFile(folder, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a file, first taking back any permission someone gave others on it. */
    static String read(Path file) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return Files.readString(file);
    }
}
