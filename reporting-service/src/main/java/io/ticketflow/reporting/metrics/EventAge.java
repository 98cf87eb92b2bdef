package io.ticketflow.reporting.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import io.ticketflow.reporting.messaging.Subscription;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ticketflow.reporting.event.age}: per topic, how long after it occurred each event was folded into the live
 * model, as a histogram (so percentiles can be taken across instances). This is how stale the reports are. Recorded
 * when the batch's transaction commits: a batch rolled back and handled again is counted once, when it sticks.
 */
@Component
public class EventAge {

    private final Clock clock;
    private final Map<Subscription, Timer> timers = new EnumMap<>(Subscription.class);

    public EventAge(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (Subscription subscription : Subscription.values()) {
            timers.put(subscription, Timer.builder("ticketflow.reporting.event.age")
                    .description("time from an event's occurrence to its projection into the live reports")
                    .tag("topic", subscription.topic())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofDays(1))
                    .register(registry));
        }
    }

    /** Call inside the transaction that folds {@code batch}. */
    public void projected(Subscription subscription, EventBatch batch) {
        List<Instant> occurred = batch.envelopes().stream().map(Envelope::occurredAt).toList();
        Timer timer = timers.get(subscription);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Instant now = clock.instant();
                // a replayed history is years old: that is its age, as the histogram's top bucket says
                occurred.forEach(at -> timer.record(Duration.between(at, now).abs()));
            }
        });
    }
}
