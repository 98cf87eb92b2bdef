package io.ticketflow.ticket.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long after resolution the requester may still reopen a ticket (explicitly, or by replying to it).
 * Agents may reopen a resolved ticket at any time before it is closed. Configuration, not code: the service
 * registers one as a bean from its properties, and Axon passes it to the command handlers that need it, so
 * the aggregate stays free of Spring.
 *
 * @param requesterWindow how long after resolution the requester may reopen; zero means never
 */
public record ReopenPolicy(Duration requesterWindow) {

    public ReopenPolicy {
        Objects.requireNonNull(requesterWindow, "requesterWindow");
        if (requesterWindow.isNegative()) {
            throw new IllegalArgumentException("requesterWindow must not be negative, was " + requesterWindow);
        }
    }

    /** Whether the requester may still reopen at {@code now} a ticket resolved at {@code resolvedAt}. */
    boolean requesterMayReopen(Instant resolvedAt, Instant now) {
        return now.isBefore(resolvedAt.plus(requesterWindow));
    }

    /** Refuses, as a rule about the ticket's state (no field), when the requester's window has passed. */
    void requireRequesterMayReopen(Instant resolvedAt, Instant now) {
        if (!requesterMayReopen(resolvedAt, now)) {
            throw new TicketRuleViolation(null, "cannot reopen the ticket: the requester may reopen it only within "
                    + DurationWords.of(requesterWindow) + " of its resolution; an agent can still reopen it");
        }
    }
}
