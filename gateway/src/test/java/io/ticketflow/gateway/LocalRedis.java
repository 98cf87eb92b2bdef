package io.ticketflow.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * A real Redis for the gateway's shared rate limits: the one {@code TICKETFLOW_TEST_REDIS} names ({@code host:port}),
 * or a {@code redis-server} from the PATH started on a free loopback port (Debian's {@code redis-server} package;
 * {@code .ci/run} installs it). Neither: {@link #find()} is empty and the tests that need it are skipped, saying so.
 */
final class LocalRedis implements AutoCloseable {

    private final String host;
    private final int port;
    private final Process process;

    private LocalRedis(String host, int port, Process process) {
        this.host = host;
        this.port = port;
        this.process = process;
    }

    static Optional<LocalRedis> find() throws IOException {
        String configured = System.getenv("TICKETFLOW_TEST_REDIS");
        if (configured != null && !configured.isBlank()) {
            String[] hostPort = configured.strip().split(":");
            return Optional.of(new LocalRedis(hostPort[0], Integer.parseInt(hostPort[1]), null));
        }
        Optional<Path> server = onPath("redis-server");
        if (server.isEmpty()) {
            return Optional.empty();
        }
        int port = freePort();
        Process process = new ProcessBuilder(server.get().toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        LocalRedis redis = new LocalRedis("127.0.0.1", port, process);
        redis.awaitPong(Duration.ofSeconds(20));
        return Optional.of(redis);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Sends one inline command and answers Redis's first reply line. */
    String command(String command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private void awaitPong(Duration patience) {
        try {
            await().atMost(patience).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> command("PING").equals("+PONG"));
        } catch (RuntimeException silent) {
            close();
            throw new IllegalStateException("redis-server did not answer on port " + port, silent);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
