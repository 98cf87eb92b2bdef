package io.ticketflow.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server for the tests, on 127.0.0.1 at a fixed port: enough of RFC 5321 for JavaMail (EHLO/HELO, MAIL,
 * RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT), keeping every accepted mail parsed by jakarta.mail. A test can
 * script replies to RCPT for an address ({@code 451} then accepted, {@code 550} always) to drive the channel's
 * retry and give-up paths. One per JVM: every Spring context of the tests shares it, and tests tell their mails
 * apart by address. GreenMail resolves here too, but it cannot answer a scripted 4xx/5xx to one recipient.
 */
final class SmtpTestServer {

    /** The port {@code NotificationIntegrationTest} points {@code spring.mail.port} at. */
    static final int PORT = 12525;

    private static SmtpTestServer shared;

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    /** A mail as accepted: the envelope recipients and the parsed message. */
    record Received(List<String> recipients, MimeMessage message) {
    }

    private SmtpTestServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The JVM's server, started on first use. */
    static synchronized SmtpTestServer shared() {
        if (shared == null) {
            try {
                shared = new SmtpTestServer(PORT);
            } catch (IOException e) {
                throw new UncheckedIOException("the test SMTP server cannot listen on 127.0.0.1:" + PORT, e);
            }
        }
        return shared;
    }

    /** RCPT TO this address is answered with these codes, one per attempt, then accepted. */
    void replyThenAccept(String address, Integer... codes) {
        scripted.put(address.toLowerCase(Locale.ROOT), new ArrayDeque<>(List.of(codes)));
    }

    /** RCPT TO this address is always answered with this code. */
    void alwaysReply(String address, int code) {
        always.put(address.toLowerCase(Locale.ROOT), code);
    }

    /** Every mail accepted for this address so far. */
    List<MimeMessage> mailsTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return received.stream().filter(mail -> mail.recipients().contains(wanted)).map(Received::message).toList();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread session = new Thread(() -> serve(connection), "smtp-test-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                     StandardCharsets.UTF_8));
             OutputStream out = connection.getOutputStream()) {
            reply(out, "220 localhost test SMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> reply(out, recipient(address(line), recipients));
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "503 5.5.1 no valid recipients");
                        } else {
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            received.add(new Received(List.copyOf(recipients), parse(data(in))));
                            recipients.clear();
                            reply(out, "250 2.0.0 accepted");
                        }
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException | MessagingException broken) {
            // the client went away or sent something unparsable: the test sees the mail missing
        }
    }

    private String recipient(String address, List<String> recipients) {
        Integer fixed = always.get(address);
        if (fixed != null) {
            return fixed + (fixed >= 500 ? " 5.1.1" : " 4.7.1") + " scripted reply";
        }
        Queue<Integer> codes = scripted.get(address);
        Integer next = codes == null ? null : codes.poll();
        if (next != null) {
            return next + (next >= 500 ? " 5.1.1" : " 4.7.1") + " scripted reply";
        }
        recipients.add(address);
        return "250 2.1.5 OK";
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return (open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1))
                .strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] data(BufferedReader in) throws IOException {
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
