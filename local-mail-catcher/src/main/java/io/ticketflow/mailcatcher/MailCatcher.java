package io.ticketflow.mailcatcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * The SMTP server and the HTTP API over one store, started and stopped together. Both bind to 127.0.0.1 itself,
 * not to whatever "localhost" resolves to first, so the launcher's {@code SPRING_MAIL_HOST=127.0.0.1} and
 * {@code curl localhost:8025} reach them on every machine, and nothing beyond this machine can.
 */
public final class MailCatcher implements AutoCloseable {
    static final InetAddress LOOPBACK = loopback();

    /**
     * @param smtpPort        0 for any free port
     * @param httpPort        0 for any free port
     * @param capacity        how many mails are kept; older ones give way
     * @param maxBytes        how many bytes of mail are kept in all; older ones give way
     * @param maxMessageBytes the largest mail accepted (larger ones are refused with 552)
     */
    public record Settings(int smtpPort, int httpPort, int capacity, long maxBytes, int maxMessageBytes) {
        public static final int SMTP_PORT = 2525;
        public static final int HTTP_PORT = 8025;

        public static Settings defaults() {
            return new Settings(SMTP_PORT, HTTP_PORT, 1000, 64L * 1024 * 1024, 10 * 1024 * 1024);
        }
    }

    private final MailStore store;
    private final SmtpServer smtp;
    private final HttpApi http;
    private final CatcherLog log;

    private MailCatcher(MailStore store, SmtpServer smtp, HttpApi http, CatcherLog log) {
        this.store = store;
        this.smtp = smtp;
        this.http = http;
        this.log = log;
    }

    public static MailCatcher start(Settings settings, PrintStream logStream) {
        CatcherLog log = new CatcherLog(logStream);
        MailStore store = new MailStore(settings.capacity(), settings.maxBytes(), Clock.systemUTC());
        SmtpServer smtp = null;
        try {
            smtp = SmtpServer.start(settings.smtpPort(), store, settings.maxMessageBytes(), log);
            HttpApi http = HttpApi.start(settings.httpPort(), store, log);
            log.listening(smtp.port(), http.port(), settings.capacity());
            return new MailCatcher(store, smtp, http, log);
        } catch (IOException e) {
            closeQuietly(smtp);
            throw new UncheckedIOException("Cannot listen on 127.0.0.1 (SMTP port " + settings.smtpPort()
                    + ", HTTP port " + settings.httpPort() + "): " + e.getMessage(), e);
        }
    }

    public int smtpPort() {
        return smtp.port();
    }

    public int httpPort() {
        return http.port();
    }

    MailStore store() {
        return store;
    }

    @Override
    public void close() {
        http.close();
        closeQuietly(smtp);
        log.stopped();
    }

    private static void closeQuietly(SmtpServer server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            // Closing a listening socket fails only if it is already gone.
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a four-byte address is always valid", e);
        }
    }
}
