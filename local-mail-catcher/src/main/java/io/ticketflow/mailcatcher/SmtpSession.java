package io.ticketflow.mailcatcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP conversation (RFC 5321), enough of it for any mail client or library: EHLO/HELO, MAIL, RCPT, DATA with
 * dot-unstuffing, RSET, NOOP, VRFY, QUIT. Every recipient is accepted and nothing is relayed. No AUTH and no
 * STARTTLS are offered, so clients send without them; the server listens on loopback only.
 */
final class SmtpSession {
    /** RFC 5321 allows 512 for a command line; a little more costs nothing and spares a lax client. */
    private static final int COMMAND_LINE_LIMIT = 2048;
    /** Text lines may be at most 1,000 octets; MIME encoders stay far below that. */
    private static final int DATA_LINE_LIMIT = 64 * 1024;
    private static final int MAX_RECIPIENTS = 1000;
    private static final Pattern PATH = Pattern.compile("^(?:FROM|TO):\\s*<([^>]*)>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE_PARAMETER = Pattern.compile("(?i)\\bSIZE=(\\d+)");

    private final Socket socket;
    private final MailStore store;
    private final int maxMessageBytes;
    private final CatcherLog log;
    private SmtpLineReader in;
    private OutputStream out;
    private String sender;
    private final List<String> recipients = new ArrayList<>();

    SmtpSession(Socket socket, MailStore store, int maxMessageBytes, CatcherLog log) {
        this.socket = socket;
        this.store = store;
        this.maxMessageBytes = maxMessageBytes;
        this.log = log;
    }

    void run() throws IOException {
        in = new SmtpLineReader(new BufferedInputStream(socket.getInputStream()));
        out = socket.getOutputStream();
        reply("220 localhost Ticketflow mail catcher ESMTP (local development only, nothing is delivered)");
        SmtpLineReader.Line line;
        while ((line = in.next(COMMAND_LINE_LIMIT)) != null) {
            if (line.tooLong()) {
                reply("500 5.5.2 Line too long");
            } else if (!handle(line.text())) {
                return;
            }
        }
    }

    /** Answers one command; {@code false} ends the conversation. */
    private boolean handle(String line) throws IOException {
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : line.substring(space + 1).trim();
        switch (verb) {
            case "EHLO" -> reply("250-localhost", "250-8BITMIME", "250-SMTPUTF8", "250-PIPELINING",
                    "250 SIZE " + maxMessageBytes);
            case "HELO" -> reply("250 localhost");
            case "MAIL" -> mail(argument);
            case "RCPT" -> recipient(argument);
            case "DATA" -> data();
            case "RSET" -> {
                reset();
                reply("250 2.0.0 OK");
            }
            case "NOOP" -> reply("250 2.0.0 OK");
            case "VRFY" -> reply("252 2.5.0 Cannot verify, but will accept");
            case "HELP" -> reply("214 EHLO HELO MAIL RCPT DATA RSET NOOP VRFY QUIT");
            case "QUIT" -> {
                reply("221 2.0.0 Bye");
                return false;
            }
            default -> reply("502 5.5.1 Command not implemented");
        }
        return true;
    }

    private void mail(String argument) throws IOException {
        Optional<Matcher> path = path(argument);
        if (path.isEmpty() || !argument.toUpperCase(Locale.ROOT).startsWith("FROM:")) {
            reply("501 5.5.4 Syntax: MAIL FROM:<address>");
            return;
        }
        Matcher size = SIZE_PARAMETER.matcher(path.get().group(2));
        if (size.find() && exceedsLimit(size.group(1))) {
            reply("552 5.3.4 Message size exceeds fixed maximum message size");
            return;
        }
        reset();
        sender = path.get().group(1);
        reply("250 2.1.0 OK");
    }

    private void recipient(String argument) throws IOException {
        Optional<Matcher> path = path(argument);
        if (sender == null) {
            reply("503 5.5.1 Need MAIL before RCPT");
        } else if (path.isEmpty() || !argument.toUpperCase(Locale.ROOT).startsWith("TO:") || path.get().group(1).isBlank()) {
            reply("501 5.5.4 Syntax: RCPT TO:<address>");
        } else if (recipients.size() >= MAX_RECIPIENTS) {
            reply("452 4.5.3 Too many recipients");
        } else {
            recipients.add(path.get().group(1));
            reply("250 2.1.5 OK");
        }
    }

    private void data() throws IOException {
        if (sender == null || recipients.isEmpty()) {
            reply("503 5.5.1 Need MAIL and RCPT before DATA");
            return;
        }
        reply("354 End data with <CR><LF>.<CR><LF>");
        ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
        boolean tooLarge = false;
        SmtpLineReader.Line line;
        while ((line = in.next(DATA_LINE_LIMIT)) != null) {
            byte[] bytes = line.bytes();
            if (bytes.length == 1 && bytes[0] == '.') {
                finish(message, tooLarge || line.tooLong());
                return;
            }
            // Transparency (RFC 5321 4.5.2): the client doubled every leading dot.
            int start = bytes.length > 0 && bytes[0] == '.' ? 1 : 0;
            tooLarge |= line.tooLong() || message.size() + bytes.length - start + 2 > maxMessageBytes;
            if (!tooLarge) {
                message.write(bytes, start, bytes.length - start);
                message.write('\r');
                message.write('\n');
            }
        }
    }

    private void finish(ByteArrayOutputStream message, boolean tooLarge) throws IOException {
        if (tooLarge) {
            reply("552 5.3.4 Message too large (or a line over " + DATA_LINE_LIMIT + " bytes); not kept");
        } else {
            CaughtMail mail = store.add(sender, recipients, message.toByteArray());
            log.caught(mail);
            reply("250 2.0.0 OK: kept as " + mail.id());
        }
        reset();
    }

    private boolean exceedsLimit(String declaredSize) {
        try {
            return Long.parseLong(declaredSize) > maxMessageBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static Optional<Matcher> path(String argument) {
        Matcher matcher = PATH.matcher(argument);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    private void reset() {
        sender = null;
        recipients.clear();
    }

    private void reply(String... lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l).append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
