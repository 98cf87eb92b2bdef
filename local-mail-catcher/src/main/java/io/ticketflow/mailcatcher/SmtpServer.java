package io.ticketflow.mailcatcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Accepts SMTP connections on loopback and runs each conversation on a small pool: a handful of senders at once
 * is all a local platform has, and a client that stops talking is dropped after a while rather than holding a
 * thread for ever.
 */
final class SmtpServer implements AutoCloseable {
    private static final int CONVERSATIONS = 8;
    private static final int IDLE_TIMEOUT_MILLIS = 5 * 60 * 1000;

    private final ServerSocket serverSocket;
    private final MailStore store;
    private final int maxMessageBytes;
    private final CatcherLog log;
    private final ExecutorService conversations;
    private final Thread acceptor;

    private SmtpServer(ServerSocket serverSocket, MailStore store, int maxMessageBytes, CatcherLog log) {
        this.serverSocket = serverSocket;
        this.store = store;
        this.maxMessageBytes = maxMessageBytes;
        this.log = log;
        this.conversations = Executors.newFixedThreadPool(CONVERSATIONS, DaemonThreads.named("smtp-conversation"));
        this.acceptor = DaemonThreads.named("smtp-acceptor").newThread(this::acceptLoop);
    }

    /** Port 0 picks a free port (tests); {@link #port()} tells which. */
    static SmtpServer start(int port, MailStore store, int maxMessageBytes, CatcherLog log) throws IOException {
        ServerSocket serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(MailCatcher.LOOPBACK, port));
        SmtpServer server = new SmtpServer(serverSocket, store, maxMessageBytes, log);
        server.acceptor.start();
        return server;
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                conversations.execute(() -> converse(socket));
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    log.sessionFailed(e);
                }
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            new SmtpSession(socket, store, maxMessageBytes, log).run();
        } catch (SocketTimeoutException | SocketException e) {
            // An idle client, or one that hung up mid-conversation: nothing was kept, nothing to report.
        } catch (IOException | RuntimeException e) {
            log.sessionFailed(e);
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        conversations.shutdownNow();
        try {
            conversations.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
