package io.ticketflow.sla.timer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.clock.ClockEngine;
import io.ticketflow.sla.clock.Step;
import io.ticketflow.sla.clock.TicketClocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps every ticket's clocks: applies consumed ticket events and fires due timers, storing the new state and
 * writing what the engine emitted to the outbox, in the caller's transaction. One batch reads and writes each
 * ticket's row once, whatever the number of its events.
 */
@Component
public class ClockKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(ClockKeeper.class);

    private final ClockEngine engine;
    private final ClockStore store;
    private final SlaOutbox outbox;
    private final PolicyBook book;
    private final Clock clock;
    private final Counter fired;
    private final Counter failed;
    private final TraceParents traces;

    ClockKeeper(PolicyBook book, ClockStore store, SlaOutbox outbox, Clock clock, MeterRegistry registry,
            TraceParents traces) {
        this.traces = traces;
        this.engine = new ClockEngine(book);
        this.store = store;
        this.outbox = outbox;
        this.book = book;
        this.clock = clock;
        this.fired = Counter.builder("ticketflow.sla.timers.fired")
                .description("tickets whose due warning or breach the timer raised")
                .register(registry);
        this.failed = Counter.builder("ticketflow.sla.timers.parked")
                .description("tickets taken off the timer because their clocks could not be advanced (see the log)")
                .register(registry);
    }

    /** Applies a batch of ticket events, in order; runs in the transaction that consumes them. */
    public void apply(List<Envelope<TicketEvent>> events) {
        apply(events, eventId -> null);
    }

    /**
     * As {@link #apply(List)}; what an event causes (SLA events, escalations) is written in the event's trace,
     * {@code traceOfEvent} by event id, so it is published as a continuation of that trace.
     */
    public void apply(List<Envelope<TicketEvent>> events, Function<UUID, String> traceOfEvent) {
        if (events.isEmpty()) {
            return;
        }
        book.refreshIfChanged();
        Set<UUID> ticketIds = new LinkedHashSet<>();
        events.forEach(envelope -> ticketIds.add(envelope.payload().ticketId()));
        Map<UUID, TicketClocks> states = store.lock(ticketIds);
        Map<UUID, TicketClocks> changed = new LinkedHashMap<>();
        for (Envelope<TicketEvent> envelope : events) {
            UUID ticketId = envelope.payload().ticketId();
            Step step = engine.apply(states.get(ticketId), envelope.payload(), envelope.occurredAt());
            if (step.state() != null && !step.state().equals(states.get(ticketId))) {
                states.put(ticketId, step.state());
                changed.put(ticketId, step.state());
            }
            traces.run(traceOfEvent.apply(envelope.eventId()), () -> outbox.publish(step,
                    envelope.correlationId() == null ? envelope.eventId().toString() : envelope.correlationId()));
        }
        store.save(changed.values(), clock.instant());
    }

    /**
     * Raises what is due at or before {@code until} on up to {@code limit} tickets, skipping tickets another
     * transaction holds.
     *
     * @return how many tickets were claimed (fewer than {@code limit} means none is left due)
     */
    @Transactional
    public int fireDue(Instant until, int limit) {
        book.refreshIfChanged();
        List<ClockStore.DueRow> due = store.claimDue(until, limit);
        List<TicketClocks> advanced = new ArrayList<>(due.size());
        List<UUID> parked = new ArrayList<>();
        for (ClockStore.DueRow row : due) {
            Step step;
            try {
                step = engine.advance(row.state(), until);
            } catch (RuntimeException unusable) {
                // one ticket the timer cannot advance (unreadable state, a policy version gone) must not stop the
                // timers of every other ticket: it is taken off the timer and named for an operator
                LOG.error("SLA timer of ticket {} parked: its clocks cannot be advanced ({}: {})", row.ticketId(),
                        unusable.getClass().getSimpleName(), unusable.getMessage());
                parked.add(row.ticketId());
                continue;
            }
            advanced.add(step.state());
            outbox.publish(step, row.ticketId().toString());
        }
        store.save(advanced, clock.instant());
        store.park(parked, clock.instant());
        fired.increment(advanced.size());
        failed.increment(parked.size());
        return due.size();
    }
}
