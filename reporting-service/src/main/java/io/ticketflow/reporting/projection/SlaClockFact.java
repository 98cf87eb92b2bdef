package io.ticketflow.reporting.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock as reporting sees it (a row of {@code sla_clock_fact}). Its {@link #outcome()} is derived, never
 * folded on its own, so that it cannot disagree with the instants it summarises.
 *
 * @param paused  the clock is paused (waiting on the customer); kept in the row as the outcome PAUSED
 * @param elapsed business time on the clock when it ended, by the SLA calendar; null while it runs
 */
record SlaClockFact(
        UUID clockId,
        UUID ticketId,
        String target,
        String policyId,
        Integer policyVersion,
        Duration targetDuration,
        Instant startedAt,
        Instant deadline,
        Instant warnedAt,
        Instant breachedAt,
        boolean paused,
        Instant endedAt,
        String stopReason,
        Duration elapsed,
        long version,
        UUID lastEventId) {

    static final String RUNNING = "RUNNING";
    static final String PAUSED = "PAUSED";
    static final String MET = "MET";
    static final String BREACHED = "BREACHED";
    static final String STOPPED = "STOPPED";

    /** A clock first seen through {@code ticketId}'s event about it, whatever that event was. */
    static SlaClockFact unseen(UUID clockId, UUID ticketId, String target) {
        return new SlaClockFact(clockId, ticketId, target, null, null, null, null, null, null, null, false, null,
                null, null, 0, null);
    }

    /**
     * MET: reached before its deadline. BREACHED: its deadline passed, whether it then ran on, was reached late or
     * stopped. STOPPED: ended by the ticket's resolution or closure before any deadline passed, so neither met nor
     * breached. Otherwise RUNNING or PAUSED.
     */
    String outcome() {
        if (breachedAt != null) {
            return BREACHED;
        }
        if (endedAt != null) {
            return stopReason == null ? MET : STOPPED;
        }
        return paused ? PAUSED : RUNNING;
    }
}
