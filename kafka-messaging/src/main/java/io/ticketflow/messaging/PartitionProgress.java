package io.ticketflow.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * What a consumer knows of its progress through one partition: the latest {@code occurredAt} among the events it
 * has applied from it ({@code null} when this fact does not say), and whether it had nothing left to read there
 * when it looked. A consumer that keeps these knows up to which instant it has applied everything: nothing older
 * than the moment a partition was seen caught up is still to come from it, and a partition is written roughly in
 * time order, so what a lagging partition still holds is no older than its latest applied event.
 *
 * @param topic          the topic
 * @param partition      the partition of the topic
 * @param lastOccurredAt the latest {@code occurredAt} applied, or {@code null}
 * @param caughtUp       nothing was left to read behind the applied events
 */
public record PartitionProgress(String topic, int partition, Instant lastOccurredAt, boolean caughtUp) {

    public PartitionProgress {
        Objects.requireNonNull(topic, "topic");
    }

    /** A partition of the subscribed topic, before anything is known of how far it has been applied. */
    public static PartitionProgress unknown(String topic, int partition) {
        return new PartitionProgress(topic, partition, null, false);
    }

    /** A partition seen with nothing left to read, after no new events. */
    public static PartitionProgress caughtUp(String topic, int partition) {
        return new PartitionProgress(topic, partition, null, true);
    }

    /** Neither an applied event nor a catch-up: this fact only says that the partition exists. */
    public boolean isUnknown() {
        return lastOccurredAt == null && !caughtUp;
    }
}
