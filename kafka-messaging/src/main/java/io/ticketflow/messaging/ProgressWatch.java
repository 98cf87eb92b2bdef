package io.ticketflow.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The progress a consumer reports between batches: every partition of the topic as soon as it is given partitions,
 * and an idle partition as caught up once the broker confirms that nothing is left to read there. Without the
 * second, a partition that receives no events would keep the instant of its last one and hold back whatever waits
 * for the consumer to catch up.
 */
final class ProgressWatch implements ConsumerAwareRebalanceListener {

    /** How long a partition goes without records before it is looked at. */
    static final Duration IDLE_INTERVAL = Duration.ofSeconds(1);

    // bounds each request to the broker: these run on the consumer's thread, between polls
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ProgressWatch.class);

    private final String consumerName;
    private final ProgressListener listener;

    ProgressWatch(String consumerName, ProgressListener listener) {
        this.consumerName = consumerName;
        this.listener = listener;
    }

    /** Turns on the container's idle-partition events and makes this its rebalance listener. */
    void configure(AbstractMessageListenerContainer<?, ?> container) {
        ContainerProperties properties = container.getContainerProperties();
        properties.setIdlePartitionEventInterval(IDLE_INTERVAL.toMillis());
        // idle partitions are looked for after each poll, and an idle consumer's poll lasts the whole poll timeout
        properties.setPollTimeout(Math.min(properties.getPollTimeout(), IDLE_INTERVAL.toMillis()));
        properties.setConsumerRebalanceListener(this);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
        Set<TopicPartition> partitions = new LinkedHashSet<>(assigned);
        try {
            // the whole topic, not only this instance's share: another instance may not have reported its own yet
            assigned.stream().map(TopicPartition::topic).distinct()
                    .forEach(topic -> consumer.partitionsFor(topic, PATIENCE).forEach(
                            info -> partitions.add(new TopicPartition(info.topic(), info.partition()))));
        } catch (KafkaException unknown) {
            LOG.debug("{}: the topic's partitions are not known yet ({})", consumerName, unknown.getClass().getSimpleName());
        }
        report(partitions.stream().map(p -> PartitionProgress.unknown(p.topic(), p.partition())).toList());
    }

    /** Called on the consumer's thread (which alone may use {@code consumer}) when {@code partition} has been idle. */
    void idle(TopicPartition partition, Consumer<?, ?> consumer) {
        boolean caughtUp;
        try {
            // asked of the broker, not taken from the last fetch: during an outage that would still say "caught up"
            Map<TopicPartition, Long> end = consumer.endOffsets(List.of(partition), PATIENCE);
            caughtUp = end.containsKey(partition) && consumer.position(partition, PATIENCE) >= end.get(partition);
        } catch (KafkaException unreachable) {
            LOG.debug("{}: could not tell whether {} is caught up ({})", consumerName, partition,
                    unreachable.getClass().getSimpleName());
            return;
        }
        if (caughtUp) {
            report(List.of(PartitionProgress.caughtUp(partition.topic(), partition.partition())));
        }
    }

    private void report(List<PartitionProgress> progress) {
        if (progress.isEmpty()) {
            return;
        }
        try {
            listener.progressed(progress);
        } catch (RuntimeException failure) {
            // the consumer must keep consuming: the next batch, idle check or assignment tells it again
            LOG.warn("{}: recording the progress of {} partitions failed ({})", consumerName, progress.size(),
                    failure.getClass().getSimpleName());
        }
    }
}
