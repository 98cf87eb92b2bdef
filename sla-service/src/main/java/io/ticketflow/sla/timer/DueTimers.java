package io.ticketflow.sla.timer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.sla.config.TimerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The timer: every poll interval, raises the warnings and breaches that fell due, batch after batch until none is
 * left, but none later than the {@link Watermark} (the instant up to which the consumers have applied every ticket
 * event) or one settle period ago. It keeps nothing in memory: the due instants are in the database, so after
 * downtime it fires everything overdue, each with its true instant, once the consumers have caught up with what
 * happened meanwhile; several instances split the work without firing anything twice.
 */
@Component
class DueTimers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DueTimers.class);

    private final ClockKeeper keeper;
    private final WatermarkStore watermarks;
    private final TimerProperties settings;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;
    private volatile Optional<Instant> watermark = Optional.empty();

    DueTimers(ClockKeeper keeper, ClockStore store, WatermarkStore watermarks, TimerProperties settings, Clock clock,
              MeterRegistry registry) {
        this.keeper = keeper;
        this.watermarks = watermarks;
        this.settings = settings;
        this.clock = clock;
        Gauge.builder("ticketflow.sla.timers.active", store, DueTimers::activeTimers)
                .description("tickets with a warning or breach still to come")
                .register(registry);
        Gauge.builder("ticketflow.sla.timer.watermark.age", this, DueTimers::watermarkAge)
                .description("how far behind now the timer is held: now minus the instant up to which every ticket"
                        + " event is applied, as last read (infinite while not known)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Fires everything due up to the firing limit now; answers how many tickets it advanced. */
    int fireDue() {
        Instant now = clock.instant();
        watermark = watermarks.watermark(Topics.TICKET_EVENTS);
        Optional<Instant> limit = Watermark.firingLimit(now, settings.settle(), watermark);
        if (limit.isEmpty()) {
            return 0;
        }
        Instant until = limit.get();
        int total = 0;
        int claimed;
        do {
            claimed = keeper.fireDue(until, settings.batchSize());
            total += claimed;
        } while (claimed == settings.batchSize() && executor != null);
        return total;
    }

    private void poll() {
        try {
            fireDue();
        } catch (RuntimeException failure) {
            LOG.warn("firing due SLA timers failed ({}); retrying in {}", failure.getClass().getSimpleName(),
                    settings.pollInterval());
        }
    }

    private double watermarkAge() {
        return Watermark.ageSeconds(clock.instant(), watermark);
    }

    private static double activeTimers(ClockStore store) {
        try {
            return store.activeTimers();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sla-timer");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
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
}
