package io.ticketflow.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * Checks before anything starts that every port the platform needs is free, so a clash is reported as
 * "port 9092 (Kafka broker) is in use" instead of a stack trace in some service's log a minute later.
 */
final class PortGuard {
    record Claim(int port, String owner) {
    }

    private PortGuard() {
    }

    static void requireFree(List<Claim> claims) {
        List<Claim> taken = claims.stream().filter(c -> inUse(c.port())).toList();
        if (taken.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Cannot start: ");
        message.append(taken.size() == 1 ? "a port the platform needs is" : "ports the platform needs are")
                .append(" already in use.\n");
        taken.forEach(c -> message.append("  port ").append(c.port()).append(" should be free for ")
                .append(c.owner()).append('\n'));
        message.append("Stop whatever listens there (a platform left running? try ./ticketflow status and down).");
        throw new LauncherException(message.toString());
    }

    static boolean inUse(int port) {
        return accepts(port) || !bindable(port);
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like the servers themselves: connections lingering in TIME_WAIT do not make a port busy.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
