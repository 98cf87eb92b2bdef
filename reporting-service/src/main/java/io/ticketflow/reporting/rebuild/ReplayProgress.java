package io.ticketflow.reporting.rebuild;

import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay thread's account of where it is: per topic-partition start, position and the current round's end, and
 * how many events it replayed and skipped. Decides when a round is over and when the rest is short enough to be
 * read under the swap's lock. Used by one thread only.
 */
final class ReplayProgress {

    private final Map<TopicPartition, long[]> partitions = new LinkedHashMap<>();
    private long replayed;
    private long skipped;

    /** @param starts each partition's first offset; the position starts there and the end is unknown yet */
    ReplayProgress(Map<TopicPartition, Long> starts) {
        starts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicPartition::topic)
                        .thenComparingInt(TopicPartition::partition)))
                .forEach(start -> partitions.put(start.getKey(),
                        new long[] {start.getValue(), start.getValue(), start.getValue()}));
    }

    /** A partition that appeared after the replay started (more partitions, a topic created): read from its start. */
    void add(TopicPartition partition, long start) {
        partitions.putIfAbsent(partition, new long[] {start, start, start});
    }

    /** Starts a round: read up to {@code ends}. */
    void target(Map<TopicPartition, Long> ends) {
        ends.forEach((partition, end) -> slot(partition)[2] = end);
    }

    void advance(TopicPartition partition, long position) {
        slot(partition)[1] = position;
    }

    long end(TopicPartition partition) {
        return slot(partition)[2];
    }

    boolean reached(TopicPartition partition) {
        long[] slot = slot(partition);
        return slot[1] >= slot[2];
    }

    /** Every partition is at the round's end. */
    boolean roundDone() {
        return partitions.keySet().stream().allMatch(this::reached);
    }

    /** Records still to read to the round's end, over all partitions. */
    long remaining() {
        return snapshot().stream().mapToLong(PartitionPosition::remaining).sum();
    }

    /**
     * Whether the rest can be read while the live consumers wait on the swap's lock: few enough records that they
     * wait a moment, not for a replay.
     */
    boolean closeEnoughToSwap(long swapLag) {
        return remaining() <= swapLag;
    }

    void replayed(long events) {
        replayed += events;
    }

    void skipped(long events) {
        skipped += events;
    }

    long replayed() {
        return replayed;
    }

    long skipped() {
        return skipped;
    }

    Collection<TopicPartition> partitions() {
        return partitions.keySet();
    }

    List<PartitionPosition> snapshot() {
        return partitions.entrySet().stream().map(entry -> new PartitionPosition(entry.getKey().topic(),
                entry.getKey().partition(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])).toList();
    }

    private long[] slot(TopicPartition partition) {
        long[] slot = partitions.get(partition);
        if (slot == null) {
            throw new IllegalArgumentException("not replayed: " + partition);
        }
        return slot;
    }
}
