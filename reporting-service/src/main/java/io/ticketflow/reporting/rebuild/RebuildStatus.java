package io.ticketflow.reporting.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rebuild as {@code GET /api/reports/admin/rebuilds/{id}} shows it.
 *
 * @param percentage  how much of what the current round has to read is read (100 once completed)
 * @param partitions  per topic-partition where the replay is and the end it reads to
 * @param heartbeatAt the last sign of life of the instance running it; a running rebuild whose heartbeat is older than
 *                    {@code ticketflow.reporting.rebuild.abandon-after} is abandoned by the next request
 * @param failure     why it failed: the exception's type and message
 */
public record RebuildStatus(UUID rebuildId, RebuildState state, Instant startedAt, Instant heartbeatAt,
                            Instant finishedAt, long eventsReplayed, long eventsSkipped, double percentage,
                            List<PartitionPosition> partitions, String failure) {

    public RebuildStatus {
        partitions = List.copyOf(partitions);
    }

    static RebuildStatus of(UUID rebuildId, RebuildState state, Instant startedAt, Instant heartbeatAt,
                            Instant finishedAt, long eventsReplayed, long eventsSkipped,
                            List<PartitionPosition> partitions, String failure) {
        double percentage = state == RebuildState.COMPLETED ? 100.0 : percentage(partitions);
        return new RebuildStatus(rebuildId, state, startedAt, heartbeatAt, finishedAt, eventsReplayed, eventsSkipped,
                percentage, partitions, failure);
    }

    /** Read over to read, in tenths of a percent rounded down, so 100 means really all; nothing to read is 100. */
    static double percentage(List<PartitionPosition> partitions) {
        long total = partitions.stream().mapToLong(PartitionPosition::total).sum();
        if (total == 0) {
            return partitions.isEmpty() ? 0.0 : 100.0;
        }
        long done = partitions.stream().mapToLong(PartitionPosition::done).sum();
        return Math.floorDiv(done * 1000, total) / 10.0;
    }
}
