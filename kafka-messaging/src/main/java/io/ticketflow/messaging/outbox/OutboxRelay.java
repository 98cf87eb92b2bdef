package io.ticketflow.messaging.outbox;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.tracing.TraceParents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the outbox: claims unpublished rows, sends them with the standard envelope headers, waits for
 * Kafka's acknowledgements and marks the acknowledged rows published, all in one transaction per round, so a
 * crash in between publishes a row again (at least once; consumers de-duplicate on the event id) but never
 * loses one. Woken right after every commit that appended a row, and polling every
 * {@code ticketflow.outbox.poll-interval} as the fallback; one thread per instance, and any number of
 * instances, which claim disjoint rows ({@code FOR UPDATE SKIP LOCKED}) and never overtake a key's earlier
 * row (see {@link OutboxTable}). After a failed round, wake-ups are ignored until the next poll, so a Kafka
 * outage costs one attempt per poll interval, not one per change.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxTable table;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transactions;
    private final OutboxProperties settings;
    private final Clock clock;
    private final TraceParents traces;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean backingOff;
    private volatile ScheduledExecutorService executor;

    OutboxRelay(OutboxTable table, KafkaTemplate<String, Object> kafka, PlatformTransactionManager transactionManager,
            OutboxProperties settings, Clock clock, TraceParents traces) {
        this.table = table;
        this.kafka = kafka;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.clock = clock;
        this.traces = traces;
    }

    /** Publishes soon, on the relay's thread; wake-ups while one is queued are one. */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running == null || backingOff || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                wakeQueued.set(false);
                drain();
            });
        } catch (RejectedExecutionException stopping) {
            wakeQueued.set(false); // the next start publishes what is left
        }
    }

    private void poll() {
        backingOff = false;
        drain();
    }

    /** Rounds until nothing is left to claim or a round leaves something unpublished. */
    private void drain() {
        try {
            Round round;
            do {
                round = transactions.execute(status -> publishRound());
            } while (round != null && round.claimed() > 0 && round.complete());
            if (round != null && !round.complete()) {
                backingOff = true;
            }
        } catch (RuntimeException failure) {
            backingOff = true;
            LOG.warn("publishing the outbox failed ({}); retrying in {}", failure.getClass().getSimpleName(),
                    settings.pollInterval());
        }
    }

    private Round publishRound() {
        List<OutboxRow> rows = table.claim(settings.batchSize());
        List<Send> sends = new ArrayList<>(rows.size());
        Set<List<String>> blocked = new HashSet<>();
        for (OutboxRow row : rows) {
            if (blocked.contains(keyOf(row))) {
                continue; // an earlier row of its key could not go: this one must not overtake it
            }
            try {
                sends.add(new Send(row, traces.within(row.headers().get(WireHeaders.TRACEPARENT),
                        () -> kafka.send(EnvelopeRecords.toProducerRecord(row.topic(), envelope(row))))));
            } catch (RuntimeException unsendable) {
                blocked.add(keyOf(row));
                // the type only: the message may quote the payload, which may hold personal data
                LOG.error("outbox row {} ({}, event {}) could not be sent ({}); later rows of its key wait for it",
                        row.id(), row.eventType(), row.eventId(),
                        NestedExceptionUtils.getMostSpecificCause(unsendable).getClass().getSimpleName());
            }
        }
        if (!sends.isEmpty()) {
            kafka.flush();
        }
        Set<Long> acknowledged = new HashSet<>(awaitAcknowledgements(sends));
        List<Long> published = inOrderPerKey(rows, acknowledged);
        table.markPublished(published, clock.instant());
        return new Round(rows.size(), published.size() == rows.size());
    }

    /**
     * The acknowledged rows that have every earlier row of their key acknowledged too. A row acknowledged behind
     * one that failed stays unpublished and goes out again after it (a duplicate consumers drop by event id),
     * so the published order of a key never has a gap.
     */
    private static List<Long> inOrderPerKey(List<OutboxRow> rows, Set<Long> acknowledged) {
        Set<List<String>> broken = new HashSet<>();
        List<Long> published = new ArrayList<>(acknowledged.size());
        for (OutboxRow row : rows) {
            if (acknowledged.contains(row.id()) && !broken.contains(keyOf(row))) {
                published.add(row.id());
            } else {
                broken.add(keyOf(row));
            }
        }
        return published;
    }

    private static List<String> keyOf(OutboxRow row) {
        return List.of(row.topic(), row.key());
    }

    private List<Long> awaitAcknowledgements(List<Send> sends) {
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>(sends.size());
        String firstFailure = null;
        for (Send send : sends) {
            try {
                send.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(send.row().id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                if (firstFailure == null) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    firstFailure = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                }
            }
        }
        if (firstFailure != null) {
            LOG.warn("Kafka acknowledged {} of {} outbox rows ({}); the rest stay unpublished and are retried in {}",
                    acknowledged.size(), sends.size(), firstFailure, settings.pollInterval());
        }
        return acknowledged;
    }

    /** The stored message at the current revision (upcast if it was written at an older one). */
    private static Envelope<Object> envelope(OutboxRow row) {
        Object payload = JsonCodec.fromJson(row.payload().getBytes(StandardCharsets.UTF_8), row.eventType(),
                row.revision());
        return new Envelope<>(row.eventId(), row.eventType(), row.revision(), row.occurredAt(),
                row.headers().get(WireHeaders.CORRELATION_ID), row.headers().get(WireHeaders.TENANT), row.key(),
                payload);
    }

    private void purge() {
        try {
            int deleted = table.deletePublishedBefore(clock.instant().minus(settings.retention()));
            LOG.debug("deleted {} published outbox rows", deleted);
        } catch (RuntimeException failure) {
            LOG.warn("purging published outbox rows failed ({}); retrying in {}", failure.getClass().getSimpleName(),
                    settings.purgeInterval());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        // the first poll at once: rows left by a previous run (or another instance) go out on start-up
        started.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        started.scheduleWithFixedDelay(this::purge, settings.purgeInterval().toMillis(),
                settings.purgeInterval().toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = executor;
        if (stopping == null) {
            return;
        }
        executor = null;
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Send(OutboxRow row, CompletableFuture<?> result) {
    }

    /** @param complete whether every claimed row was acknowledged */
    private record Round(int claimed, boolean complete) {
    }
}
