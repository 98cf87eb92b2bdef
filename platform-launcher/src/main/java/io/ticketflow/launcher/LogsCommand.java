package io.ticketflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code logs NAME [-f]}: prints one process's log, and with {@code -f} keeps printing what is appended. */
final class LogsCommand {
    private static final long FOLLOW_POLL_MILLIS = 500;

    private final Settings settings;
    private final PrintStream out;

    LogsCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
        names.addAll(List.of(LocalIdentityServer.NAME, KafkaBroker.NAME, LocalMailCatcher.NAME, Platform.POSTGRES,
                PidFiles.LAUNCHER));
        return names;
    }

    int run(String name, boolean follow) throws IOException, InterruptedException {
        if (!names().contains(name)) {
            throw new LauncherException("No log named '" + name + "'. Known: " + String.join(", ", names()));
        }
        Path log = settings.layout().log(name);
        if (!Files.exists(log) && !follow) {
            throw new LauncherException("No log yet at " + log + " (has it been started?)");
        }
        long position = 0;
        do {
            position = printFrom(log, position);
            if (follow) {
                Thread.sleep(FOLLOW_POLL_MILLIS);
            }
        } while (follow);
        return 0;
    }

    private long printFrom(Path log, long position) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            // A log that shrank was recreated (a new start): read it from the beginning.
            long start = channel.size() < position ? 0 : position;
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            long copied = in.transferTo(out);
            out.flush();
            return start + copied;
        }
    }
}
