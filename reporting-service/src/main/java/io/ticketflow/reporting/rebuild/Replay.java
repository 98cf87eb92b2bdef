package io.ticketflow.reporting.rebuild;

import org.apache.kafka.clients.admin.Admin;
import org.springframework.kafka.core.KafkaAdmin;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.ticketflow.reporting.messaging.Subscription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
    private final Admin admin;
    private final ShadowWriter writer;
    private final ReplayProgress progress;

    private Replay(Consumer<String, Object> consumer, Admin admin, ShadowWriter writer, ReplayProgress progress) {
        this.consumer = consumer;
        this.admin = admin;
        this.writer = writer;
        this.progress = progress;
    }

    @SuppressWarnings("unchecked")
    static Replay open(ConsumerFactory<?, ?> consumers, KafkaAdmin kafkaAdmin, ShadowWriter writer) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // no group id given: the consumer never joins a group, and assign() needs none
        Consumer<String, Object> consumer = (Consumer<String, Object>) consumers.createConsumer(null,
                "reporting-rebuild", null, overrides);
        Admin admin = null;
        try {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
            List<TopicPartition> partitions = subscribed(admin);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return new Replay(consumer, admin, writer, new ReplayProgress(consumer.beginningOffsets(partitions)));
        } catch (RuntimeException e) {
            consumer.close();
            if (admin != null) {
                admin.close();
            }
            throw e;
        }
    }

    /** Asked of the broker each time, not of the consumer's metadata, which may be minutes old. */
    private static List<TopicPartition> subscribed(Admin admin) {
        List<String> topics = Arrays.stream(Subscription.values()).map(Subscription::topic).toList();
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames()
                    .get(30, TimeUnit.SECONDS).values()
                    .forEach(topic -> topic.partitions().forEach(info ->
                            partitions.add(new TopicPartition(topic.name(), info.partition()))));
            partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing the partitions to replay", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list the partitions to replay", e);
        }
    }

    ReplayProgress progress() {
        return progress;
    }

    /**
     * Sets the next round's end to the partitions' end offsets now. Partitions that appeared since the last round
     * (partitions added to scale out, a subscribed topic created) join the replay from their beginning: the live
     * consumers fold them meanwhile, and once swapped in they carry on past what they folded, so a replay that
     * missed them would lose those events for good. Under the swap's lock this is the last look, and final.
     */
    void targetEndsNow() {
        List<TopicPartition> known = List.copyOf(progress.partitions());
        List<TopicPartition> added = subscribed(admin).stream().filter(p -> !known.contains(p)).toList();
        if (!added.isEmpty()) {
            List<TopicPartition> all = new ArrayList<>(known);
            all.addAll(added);
            consumer.assign(all);
            consumer.seekToBeginning(added);
            consumer.beginningOffsets(added).forEach(progress::add);
        }
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
        admin.close();
    }
}
