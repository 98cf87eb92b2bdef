package io.ticketflow.reporting.rebuild;

import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.flywaydb.core.Flyway;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a rebuild on this instance's one rebuild thread: claim, shadow schema, replay in rounds until a round ends within
 * the swap lag, swap. Anything that goes wrong ends it FAILED with its reason and the shadow schema dropped, the live
 * generation untouched; so does the application's shutdown.
 */
class Rebuilder implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilder.class);
    private static final int FAILURE_LENGTH = 500;
    // with RetiredSchema.LOCK_WAIT each: a reader of the old generation gets about a minute to finish
    private static final int RETIRED_DROP_ATTEMPTS = 30;

    private final String liveSchema;
    private final RebuildProperties properties;
    private final Rebuilds rebuilds;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConsumerFactory<?, ?> consumers;
    private final KafkaAdmin kafkaAdmin;
    private final Flyway flyway;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> new Thread(task, "reporting-rebuild"));
    private final AtomicReference<Replay> replaying = new AtomicReference<>();
    // this instance's rebuild thread, from a claim until its last clean-up (the retired generation's drop may take
    // a minute after the rebuild is COMPLETED): a rebuild accepted meanwhile would wait behind it without a heartbeat
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;

    Rebuilder(String liveSchema, RebuildProperties properties, Rebuilds rebuilds, DataSource dataSource,
              JdbcTemplate jdbc, TransactionTemplate transactions, ConsumerFactory<?, ?> consumers,
              KafkaAdmin kafkaAdmin, Flyway flyway) {
        this.liveSchema = liveSchema;
        this.properties = properties;
        this.rebuilds = rebuilds;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.consumers = consumers;
        this.kafkaAdmin = kafkaAdmin;
        this.flyway = flyway;
    }

    /**
     * Claims the rebuild and starts it in the background.
     *
     * @throws RebuildAlreadyRunningException when another rebuild runs, on this instance or another
     */
    RebuildStatus start() {
        if (!busy.compareAndSet(false, true)) {
            throw RebuildAlreadyRunningException.cleaningUp();
        }
        Rebuilds.Claim claim;
        try {
            claim = rebuilds.claim(properties.abandonAfter());
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
        if (claim instanceof Rebuilds.AlreadyRunning running) {
            busy.set(false);
            throw new RebuildAlreadyRunningException(running.rebuild());
        }
        Rebuilds.Claimed claimed = (Rebuilds.Claimed) claim;
        RebuildStatus rebuild = claimed.rebuild();
        claimed.abandoned().forEach(abandoned ->
                LOG.warn("rebuild {} had no heartbeat for {}: abandoned", abandoned, properties.abandonAfter()));
        try {
            thread.execute(() -> run(rebuild.rebuildId()));
        } catch (RejectedExecutionException e) {
            busy.set(false);
            failed(rebuild.rebuildId(), "stopped: the application is shutting down");
            throw new IllegalStateException("the application is shutting down", e);
        }
        LOG.info("rebuild {} started", rebuild.rebuildId());
        return rebuild;
    }

    private void run(UUID id) {
        try {
            rebuild(id);
        } finally {
            busy.set(false);
        }
    }

    private void rebuild(UUID id) {
        RetiredSchema retired = new RetiredSchema(liveSchema, jdbc, transactions);
        try {
            // what the last swap could not drop goes now, or this rebuild does not start: the swap needs the name
            retired.drop(RETIRED_DROP_ATTEMPTS, () -> stopping);
            // and what would keep the swap from going through is said now, not after a replay of everything
            RetiredSchema.requireNoOutsideDependents(jdbc, liveSchema);
        } catch (RuntimeException e) {
            LOG.warn("rebuild {} cannot start: {}", id, e.getMessage());
            failed(id, describe(e));
            return;
        }
        try (ShadowSchema shadow = ShadowSchema.create(liveSchema, dataSource, jdbc, flyway, properties.poolSize());
             Replay replay = Replay.open(consumers, kafkaAdmin,
                     new ShadowWriter(shadow, () -> holdClaim(shadow, id)))) {
            replaying.set(replay);
            Heartbeat heartbeat = new Heartbeat(id, replay.progress());
            replay.targetEndsNow();
            do {
                replay.readToTarget(heartbeat);
                replay.targetEndsNow();
            } while (!replay.progress().closeEnoughToSwap(properties.swapLag()));
            if (!rebuilds.moveTo(id, RebuildState.SWAPPING, replay.progress())) {
                throw new RebuildLostException(id);
            }
            new GenerationSwap(liveSchema, jdbc, transactions, rebuilds).swap(id, replay, shadow, retired,
                    this::stopIfAsked);
            LOG.info("rebuild {} completed: {} events replayed, {} skipped", id, replay.progress().replayed(),
                    replay.progress().skipped());
            dropRetired(retired);
        } catch (RuntimeException | Error e) {
            String reason = stopping ? "stopped: the application shut down" : describe(e);
            // the type only in the log: the message may quote data
            LOG.warn("rebuild {} failed: {}", id, e.getClass().getName());
            failed(id, reason);
        } finally {
            replaying.set(null);
        }
    }

    /**
     * Ends the rebuild FAILED and drops its shadow schema in one transaction, but only while it still holds the
     * claim: once it has lost it, the shadow schema may be a newer rebuild's.
     */
    private void failed(UUID id, String reason) {
        try {
            transactions.executeWithoutResult(status -> {
                if (rebuilds.fail(id, reason)) {
                    jdbc.execute("drop schema if exists " + ShadowSchema.nameFor(liveSchema) + " cascade");
                }
            });
        } catch (RuntimeException e) {
            LOG.error("rebuild {} failed and could not be marked so: {}", id, e.getClass().getName());
        }
    }

    /** Best effort: the rebuild is complete whatever happens here; the next one drops what is left. */
    private void dropRetired(RetiredSchema retired) {
        try {
            retired.drop(RETIRED_DROP_ATTEMPTS, () -> stopping);
        } catch (RuntimeException e) {
            LOG.warn("the retired generation stays until the next rebuild: {}", e.getMessage());
        }
    }

    /** The shadow's transactions lock the rebuild's live row shared: an instance that abandons it waits for them. */
    private void holdClaim(ShadowSchema shadow, UUID id) {
        boolean held = !shadow.jdbc().queryForList("select 1 from " + liveSchema + ".projection_rebuild"
                + " where rebuild_id = ? and state in ('REPLAYING', 'SWAPPING') for share", id).isEmpty();
        if (!held) {
            throw new RebuildLostException(id);
        }
    }

    private void stopIfAsked() {
        if (stopping) {
            throw new WakeupException();
        }
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String reason = failure.getClass().getName() + (message == null ? "" : ": " + message);
        return reason.length() <= FAILURE_LENGTH ? reason : reason.substring(0, FAILURE_LENGTH - 1) + "…";
    }

    /** Stops a running rebuild; it ends FAILED. Runs before the pools close, as this bean needs them. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        Replay replay = replaying.get();
        if (replay != null) {
            replay.wakeup();
        }
        thread.shutdown();
        if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("the rebuild thread did not stop within 30 s");
        }
    }

    /** After each poll: stop if asked; every progress interval, write progress and heartbeat. */
    private final class Heartbeat implements Runnable {

        private final UUID id;
        private final ReplayProgress progress;
        private long last = System.nanoTime();

        Heartbeat(UUID id, ReplayProgress progress) {
            this.id = id;
            this.progress = progress;
        }

        @Override
        public void run() {
            stopIfAsked();
            long now = System.nanoTime();
            if (now - last >= properties.progressInterval().toNanos()) {
                last = now;
                if (!rebuilds.heartbeat(id, progress)) {
                    throw new RebuildLostException(id);
                }
            }
        }
    }
}
