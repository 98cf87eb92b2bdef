package io.ticketflow.mailcatcher;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last mails, in memory only, bounded both by count and by bytes so that a runaway sender fills neither the
 * heap nor anything on disk: the oldest mails give way. Ids keep counting across evictions and {@link #clear()},
 * so an id never names two mails in one run.
 */
final class MailStore {
    private final int capacity;
    private final long maxBytes;
    private final Clock clock;
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private long nextId = 1;
    private long bytes;

    MailStore(int capacity, long maxBytes, Clock clock) {
        if (capacity < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("capacity and maxBytes must be positive");
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Parses outside the lock: a large mail must not hold up readers. */
    CaughtMail add(String envelopeFrom, List<String> envelopeTo, byte[] raw) {
        MailContent content = MailParser.parse(raw);
        synchronized (this) {
            CaughtMail mail = new CaughtMail(nextId++, clock.instant(), envelopeFrom, envelopeTo, raw, content);
            mails.addLast(mail);
            bytes += mail.size();
            while (mails.size() > capacity || (bytes > maxBytes && mails.size() > 1)) {
                bytes -= mails.removeFirst().size();
            }
            return mail;
        }
    }

    /** Newest first: the mail a developer just caused is the one they look for. */
    synchronized List<CaughtMail> newestFirst() {
        List<CaughtMail> list = new ArrayList<>(mails);
        Collections.reverse(list);
        return list;
    }

    synchronized Optional<CaughtMail> get(long id) {
        return mails.stream().filter(m -> m.id() == id).findFirst();
    }

    synchronized int size() {
        return mails.size();
    }

    synchronized void clear() {
        mails.clear();
        bytes = 0;
    }
}
