package io.ticketflow.mailcatcher;

import java.time.Instant;
import java.util.List;

/**
 * One mail as it arrived: the SMTP envelope (who the sending client said it was from and to, which may differ from
 * the headers, e.g. for Bcc), the message exactly as transmitted, and what a mail client would show of it.
 * {@code toString} is left out on purpose: every field but the id and the instant is personal data.
 */
final class CaughtMail {
    private final long id;
    private final Instant receivedAt;
    private final String envelopeFrom;
    private final List<String> envelopeTo;
    private final byte[] raw;
    private final MailContent content;

    CaughtMail(long id, Instant receivedAt, String envelopeFrom, List<String> envelopeTo, byte[] raw,
               MailContent content) {
        this.id = id;
        this.receivedAt = receivedAt;
        this.envelopeFrom = envelopeFrom;
        this.envelopeTo = List.copyOf(envelopeTo);
        this.raw = raw;
        this.content = content;
    }

    long id() {
        return id;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String envelopeFrom() {
        return envelopeFrom;
    }

    List<String> envelopeTo() {
        return envelopeTo;
    }

    /** The stored bytes themselves: callers only write them out, never change them. */
    byte[] raw() {
        return raw;
    }

    int size() {
        return raw.length;
    }

    MailContent content() {
        return content;
    }

    @Override
    public String toString() {
        return "CaughtMail[id=" + id + ", receivedAt=" + receivedAt + ", size=" + raw.length + "]";
    }
}
