package io.ticketflow.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.reporting.messaging.Subscription;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ticketflow.reporting.consumer.lag}: per topic, the records the live consumer group has still to fold, the
 * broker's end offsets minus the group's committed ones, summed over the partitions. Asked of the broker on a
 * schedule rather than on each scrape, so a slow broker never stalls the metrics endpoint; every instance reports
 * the same group's lag. NaN until first measured, and when the broker cannot be asked.
 */
@Component
public class ConsumerLag implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final KafkaAdmin kafkaAdmin;
    private final Duration interval;
    private final Map<Subscription, AtomicLong> lag = new EnumMap<>(Subscription.class);
    private volatile ScheduledExecutorService scheduler;
    private volatile Admin admin;

    public ConsumerLag(KafkaAdmin kafkaAdmin, MeterRegistry registry,
                       @Value("${ticketflow.reporting.metrics.lag-interval:10s}") Duration interval) {
        this.kafkaAdmin = kafkaAdmin;
        this.interval = interval;
        for (Subscription subscription : Subscription.values()) {
            AtomicLong records = new AtomicLong(UNKNOWN);
            lag.put(subscription, records);
            Gauge.builder("ticketflow.reporting.consumer.lag", records,
                            value -> value.get() == UNKNOWN ? Double.NaN : value.get())
                    .description("records on the topic that the live reporting consumer has not folded yet")
                    .baseUnit("records")
                    .tag("topic", subscription.topic())
                    .register(registry);
        }
    }

    /** Measures every topic's lag now; scheduled, and public so that a test need not wait for the schedule. */
    public void measure() {
        for (Subscription subscription : Subscription.values()) {
            try {
                lag.get(subscription).set(lagOf(subscription));
            } catch (Exception e) {
                lag.get(subscription).set(UNKNOWN);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                LOG.debug("lag of {} unknown: {}", subscription.topic(), e.toString());
            }
        }
    }

    public double lag(Subscription subscription) {
        long value = lag.get(subscription).get();
        return value == UNKNOWN ? Double.NaN : value;
    }

    private long lagOf(Subscription subscription) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(subscription.consumer())
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(subscription.topic())).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(subscription.topic()).partitions()
                .forEach(p -> latest.put(new TopicPartition(subscription.topic(), p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        long total = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            // a partition the group has never committed on: all of it is still to come
            total += end.getValue().offset() - (position == null ? 0 : position.offset());
        }
        return Math.max(0, total);
    }

    @Override
    public void start() {
        admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reporting-consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::measure, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
