package io.ticketflow.ticket.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a resolved ticket stays resolved before the platform closes it. Until then the requester can
 * still reply (reopening it within their window) and rate it; after closing, a new request is a new ticket.
 * The deadline is not a timer held in memory: it is the resolution instant in the read model, which any
 * instance of the service queries, so a restart or a crash cannot lose it (see ..policy.AutoCloser).
 *
 * @param after how long after resolution the ticket is closed; must be positive
 */
public record AutoClosePolicy(Duration after) {

    public AutoClosePolicy {
        Objects.requireNonNull(after, "after");
        if (after.isZero() || after.isNegative()) {
            throw new IllegalArgumentException("ticketflow.auto-close.after must be positive, was " + after);
        }
    }

    /** When a ticket resolved at {@code resolvedAt} is due to be closed. */
    public Instant dueAt(Instant resolvedAt) {
        return resolvedAt.plus(after);
    }

    /**
     * Refuses an automatic close that is not due (yet): a scheduler acting on a lagging read model, or on a
     * ticket that was reopened and resolved again since, must not cut the new resolution period short.
     */
    void requireDue(Instant resolvedAt, Instant now) {
        if (now.isBefore(dueAt(resolvedAt))) {
            throw new TicketRuleViolation(null, "cannot close the ticket automatically: it is due at "
                    + dueAt(resolvedAt) + ", " + DurationWords.of(after) + " after its resolution");
        }
    }
}
