package io.ticketflow.mailcatcher;

import java.time.Instant;
import java.util.List;

/**
 * One mail as it arrived: the SMTP envelope (who the sending client said it was from and to, which may differ from
 * the headers, e.g. for Bcc), the message exactly as transmitted, and what a mail client would show of it.
 * {@code raw} is the stored array itself: callers only write it out. {@code toString} leaves out every field but
 * the id, the instant and the size, because the rest is personal data.
 */
record CaughtMail(long id, Instant receivedAt, String envelopeFrom, List<String> envelopeTo, byte[] raw,
                  MailContent content) {

    CaughtMail {
        envelopeTo = List.copyOf(envelopeTo);
    }

    int size() {
        return raw.length;
    }

    @Override
    public String toString() {
        return "CaughtMail[id=" + id + ", receivedAt=" + receivedAt + ", size=" + raw.length + "]";
    }
}
