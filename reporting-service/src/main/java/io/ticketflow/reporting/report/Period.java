package io.ticketflow.reporting.report;

import java.time.Instant;

/** The half-open {@code [from, to)} a report covers; validated by the caller (from before to, bounded). */
public record Period(Instant from, Instant to) {

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }
}
