package io.ticketflow.mailcatcher;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Everything the catcher ever logs, in one place so it is easy to see that no line carries personal data: ids,
 * counts, sizes and exception types, never an address, a subject, a header or a body.
 */
final class CatcherLog {
    private final PrintStream out;

    CatcherLog(PrintStream out) {
        this.out = out;
    }

    void listening(int smtpPort, int httpPort, int capacity) {
        line("listening: SMTP 127.0.0.1:" + smtpPort + ", HTTP http://127.0.0.1:" + httpPort
                + "/messages (keeps the last " + capacity + " mails in memory; local development only)");
    }

    void caught(CaughtMail mail) {
        line("caught mail " + mail.id() + ": " + mail.envelopeTo().size() + " recipient(s), " + mail.size() + " bytes"
                + mail.content().parseProblem().map(p -> ", " + p).orElse(""));
    }

    void cleared(int count) {
        line("deleted " + count + " mail(s)");
    }

    /** Only the type: an exception's message may quote what the client sent. */
    void sessionFailed(Exception e) {
        line("SMTP conversation ended abnormally: " + e.getClass().getSimpleName());
    }

    void stopped() {
        line("stopped");
    }

    private void line(String text) {
        out.println(Instant.now() + " mail-catcher " + text);
    }
}
