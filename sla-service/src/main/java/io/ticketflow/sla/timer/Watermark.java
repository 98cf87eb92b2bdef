package io.ticketflow.sla.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The event-time watermark: the instant up to which every ticket event has been applied, across all partitions,
 * and how far the timer may therefore fire. A warning or breach due at an instant the watermark has not reached may
 * still be undone by an event that happened before it and is not applied yet (consumer lag, or downtime).
 */
final class Watermark {

    private Watermark() {
    }

    /** The earliest partition's mark; empty while there is no partition, or one whose progress is not known. */
    static Optional<Instant> of(Collection<PartitionMark> partitions) {
        if (partitions.isEmpty() || partitions.stream().map(PartitionMark::appliedUpTo).anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return partitions.stream().map(PartitionMark::appliedUpTo).min(Instant::compareTo);
    }

    /**
     * How far the timer may fire at {@code now}: {@code min(now - settle, watermark)}, nothing without a watermark.
     * The settle period still covers what the watermark cannot see: an event that reaches the topic after the
     * consumer saw its partition caught up, such as one the publisher sends late.
     */
    static Optional<Instant> firingLimit(Instant now, Duration settle, Optional<Instant> watermark) {
        Instant settled = now.minus(settle);
        return watermark.map(mark -> mark.isBefore(settled) ? mark : settled);
    }

    /** Seconds the watermark lies behind {@code now}; infinite without one, never negative (clocks differ a little). */
    static double ageSeconds(Instant now, Optional<Instant> watermark) {
        return watermark.map(mark -> Math.max(0, Duration.between(mark, now).toMillis() / 1000.0))
                .orElse(Double.POSITIVE_INFINITY);
    }
}
