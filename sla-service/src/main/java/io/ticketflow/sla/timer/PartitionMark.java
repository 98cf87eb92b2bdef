package io.ticketflow.sla.timer;

import java.time.Instant;

/**
 * What the consumer last reported about one partition of the ticket events.
 *
 * @param lastOccurredAt the latest {@code occurredAt} applied from it, or null when none is known
 * @param caughtUp       nothing was left to read in it when {@code observedAt}
 */
record PartitionMark(int partition, Instant lastOccurredAt, boolean caughtUp, Instant observedAt) {

    /**
     * The instant up to which every event of the partition has been applied, or null when it is not known: a caught-up
     * partition holds nothing older than the moment it was seen so; a lagging one, which is written roughly in time
     * order, nothing older than its latest applied event.
     */
    Instant appliedUpTo() {
        return caughtUp ? observedAt : lastOccurredAt;
    }
}
