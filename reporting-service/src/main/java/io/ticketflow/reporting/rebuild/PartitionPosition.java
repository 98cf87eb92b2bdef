package io.ticketflow.reporting.rebuild;

/**
 * How far a rebuild has read one topic-partition.
 *
 * @param start    the first offset the partition still holds when the rebuild began
 * @param position the next offset the rebuild will read (everything before it is applied or skipped)
 * @param end      the end offset of the current round: the rebuild reads up to here, then looks again
 */
public record PartitionPosition(String topic, int partition, long start, long position, long end) {

    /** Records between the position and the end. */
    public long remaining() {
        return Math.max(0, end - position);
    }

    long done() {
        return Math.max(0, Math.min(position, end) - start);
    }

    long total() {
        return Math.max(0, end - start);
    }
}
