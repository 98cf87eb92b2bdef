package io.ticketflow.notification.delivery;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.notification.config.DeliveryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutionException;

/**
 * One worker per channel: claims due deliveries (a lease, not a held transaction, because a send may take
 * seconds), sends them on a small pool, and records each outcome in its own transaction: sent, retried after an
 * exponential backoff, or failed for good once refused or once the retry period is over. Woken when a commit
 * recorded deliveries of its channel; polling is the fallback (retries falling due, another instance's rows).
 * Any number of instances share the work ({@code FOR UPDATE SKIP LOCKED}).
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final Map<NotificationChannel, DeliveryChannel> channels = new EnumMap<>(NotificationChannel.class);
    private final DeliveryLog log;
    private final DeliveryProperties settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<NotificationChannel, AtomicBoolean> wakeQueued = new EnumMap<>(NotificationChannel.class);
    private volatile ScheduledExecutorService scheduler;
    /** Each channel sends on its own threads: a slow webhook receiver never holds up mail. */
    private final Map<NotificationChannel, ExecutorService> senders = new EnumMap<>(NotificationChannel.class);

    DeliveryWorkers(List<DeliveryChannel> channels, DeliveryLog log, DeliveryProperties settings, Clock clock,
            PlatformTransactionManager transactionManager) {
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.channels.keySet().forEach(channel -> wakeQueued.put(channel, new AtomicBoolean()));
        this.log = log;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private void wake(NotificationChannel channel) {
        ScheduledExecutorService running = scheduler;
        AtomicBoolean queued = wakeQueued.get(channel);
        if (running == null || queued == null || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                queued.set(false);
                drain(channel);
            });
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    /** Rounds until a round claims less than a full batch. */
    void drain(NotificationChannel channel) {
        try {
            List<Delivery> claimed;
            // a round claims no more than the channel's threads send at once, so a claim's lease starts when its
            // send does, not while it waits in a queue behind slow receivers
            int round = Math.min(settings.batchSize(), settings.concurrency());
            do {
                Instant now = clock.instant();
                claimed = transactions.execute(status -> log.claim(channel, now, now.plus(settings.lease()), round));
                sendAll(channels.get(channel), claimed);
            } while (claimed.size() == round && scheduler != null);
        } catch (RuntimeException failure) {
            LOG.warn("delivering {} notifications failed ({}); retrying in {}", channel,
                    failure.getClass().getSimpleName(), settings.pollInterval());
        }
    }

    private void sendAll(DeliveryChannel channel, List<Delivery> deliveries) {
        List<Future<?>> sending = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            sending.add(senders.get(channel.channel()).submit(() -> deliver(channel, delivery)));
        }
        for (Future<?> one : sending) {
            try {
                one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // recorded by deliver(); the lease makes the delivery due again if recording failed too
                LOG.warn("recording a delivery outcome failed ({})", e.getCause().getClass().getSimpleName());
            }
        }
    }

    private void deliver(DeliveryChannel channel, Delivery delivery) {
        if (!clock.instant().isBefore(delivery.leaseUntil())) {
            return; // the claim ran out before its turn came: another worker may have it by now
        }
        long start = System.nanoTime();
        DeliveryChannel.Attempt attempt;
        try {
            attempt = channel.send(delivery);
        } catch (RuntimeException unexpected) {
            // a channel should answer, not throw; the class only, the message may quote an address
            attempt = DeliveryChannel.Attempt.retry(unexpected.getClass().getSimpleName(), 0);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Instant at = clock.instant();
        DeliveryChannel.Attempt outcome = attempt;
        transactions.executeWithoutResult(status -> {
            switch (outcome.outcome()) {
                case SENT -> log.sent(delivery, outcome, at, millis);
                case REFUSED -> giveUp(channel, delivery, outcome, at, millis);
                case RETRY -> {
                    Instant next = at.plus(settings.backoffAfter(delivery.attempts() + 1));
                    if (next.isAfter(delivery.createdAt().plus(settings.retryFor()))) {
                        giveUp(channel, delivery, outcome, at, millis);
                    } else {
                        log.retryAt(delivery, outcome, at, millis, next);
                    }
                }
            }
        });
    }

    private void giveUp(DeliveryChannel channel, Delivery delivery, DeliveryChannel.Attempt last, Instant at,
            long millis) {
        if (log.failed(delivery, last, at, millis)) {
            channel.gaveUp(delivery, last);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || channels.isEmpty()) {
            return;
        }
        for (NotificationChannel channel : channels.keySet()) {
            senders.put(channel, Executors.newFixedThreadPool(settings.concurrency(),
                    daemon("delivery-" + channel.name().toLowerCase(java.util.Locale.ROOT))));
        }
        ScheduledExecutorService started = Executors.newScheduledThreadPool(channels.size(), daemon("delivery-worker"));
        for (NotificationChannel channel : channels.keySet()) {
            started.scheduleWithFixedDelay(() -> drain(channel), 0, settings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        scheduler = started;
        log.whenRecorded(this::wake);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = scheduler;
        if (stopping == null) {
            return;
        }
        scheduler = null;
        stopping.shutdown();
        senders.values().forEach(ExecutorService::shutdown);
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
            for (ExecutorService pool : senders.values()) {
                if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            senders.values().forEach(ExecutorService::shutdownNow);
            Thread.currentThread().interrupt();
        }
        senders.clear();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
