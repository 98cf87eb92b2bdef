package io.ticketflow.messaging;

import java.util.List;

/**
 * Told how far an {@link IdempotentConsumer} has got, partition by partition. After each batch it is called inside
 * the transaction that applied the batch, so the facts commit with the work they describe, or not at all. It is
 * also told, each outside any transaction, when an idle partition is seen caught up (so a quiet topic keeps moving)
 * and, as {@link PartitionProgress#unknown unknown}, every partition of the topic when the consumer is given
 * partitions (so a partition nobody has reported on yet is known to exist). Every fact stands alone; how to merge
 * a fact with what is known of its partition is the listener's.
 */
@FunctionalInterface
public interface ProgressListener {

    void progressed(List<PartitionProgress> progress);
}
