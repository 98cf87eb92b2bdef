package io.ticketflow.reporting.rebuild;

import io.ticketflow.reporting.messaging.Subscription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads every partition of every {@link Subscription} topic from its beginning, in rounds, into a {@link ShadowWriter}.
 * A plain consumer outside any group: it assigns itself the partitions and commits nothing, so the live consumer
 * groups neither rebalance nor move. Each round reads to the end offsets fixed when it starts and applies nothing at
 * or beyond them, which is what lets the swap stop exactly where the live consumers take over.
 */
final class Replay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Consumer<String, Object> consumer;
    private final ShadowWriter writer;
    private final ReplayProgress progress;

    private Replay(Consumer<String, Object> consumer, ShadowWriter writer, ReplayProgress progress) {
        this.consumer = consumer;
        this.writer = writer;
        this.progress = progress;
    }

    @SuppressWarnings("unchecked")
    static Replay open(ConsumerFactory<?, ?> consumers, ShadowWriter writer) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // no group id given: the consumer never joins a group, and assign() needs none
        Consumer<String, Object> consumer = (Consumer<String, Object>) consumers.createConsumer(null,
                "reporting-rebuild", null, overrides);
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Subscription subscription : Subscription.values()) {
                List<PartitionInfo> infos = consumer.partitionsFor(subscription.topic());
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return new Replay(consumer, writer, new ReplayProgress(consumer.beginningOffsets(partitions)));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    ReplayProgress progress() {
        return progress;
    }

    /** Sets the next round's end to the partitions' end offsets now. */
    void targetEndsNow() {
        progress.target(consumer.endOffsets(progress.partitions()));
    }

    /**
     * Reads and applies every partition up to the round's end and nothing at or beyond it.
     *
     * @param tick runs after each poll; it throws to stop the replay
     */
    void readToTarget(Runnable tick) {
        List<TopicPartition> behind = new ArrayList<>();
        for (TopicPartition partition : progress.partitions()) {
            if (!progress.reached(partition)) {
                behind.add(partition);
            }
        }
        consumer.pause(progress.partitions());
        consumer.resume(behind);
        while (!progress.roundDone()) {
            apply(consumer.poll(POLL));
            for (TopicPartition partition : behind) {
                if (!progress.reached(partition)) {
                    advance(partition);
                }
            }
            tick.run();
        }
    }

    private void apply(ConsumerRecords<String, Object> records) {
        Map<Subscription, List<ConsumerRecord<String, Object>>> batches = new EnumMap<>(Subscription.class);
        for (TopicPartition partition : records.partitions()) {
            long end = progress.end(partition);
            Subscription subscription = Subscription.ofTopic(partition.topic()).orElseThrow();
            for (ConsumerRecord<String, Object> record : records.records(partition)) {
                if (record.offset() < end) {
                    batches.computeIfAbsent(subscription, any -> new ArrayList<>()).add(record);
                }
            }
        }
        batches.forEach((subscription, batch) -> {
            ShadowWriter.Applied applied = writer.apply(subscription, batch);
            progress.replayed(applied.replayed());
            progress.skipped(applied.skipped());
        });
    }

    /** Records fetched beyond the end are given back: the next round, or the live consumers, read them. */
    private void advance(TopicPartition partition) {
        long position = consumer.position(partition);
        long end = progress.end(partition);
        if (position >= end) {
            if (position > end) {
                consumer.seek(partition, end);
            }
            consumer.pause(List.of(partition));
            position = end;
        }
        progress.advance(partition, position);
    }

    /** Makes a poll in progress, or the next one, throw {@link org.apache.kafka.common.errors.WakeupException}. */
    void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
