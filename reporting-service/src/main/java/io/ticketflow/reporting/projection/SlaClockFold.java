package io.ticketflow.reporting.projection;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockPaused;
import io.ticketflow.api.sla.SlaClockResumed;
import io.ticketflow.api.sla.SlaClockRetargeted;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaStopReason;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.wire.Envelope;

import java.time.Duration;
import java.time.Instant;

/**
 * How one SLA event changes its clock's fact: pure, so the live consumers and a rebuild fold alike. Whatever event
 * of a clock comes first creates its fact, so a clock whose start was dead-lettered is still reported.
 */
final class SlaClockFold {

    private SlaClockFold() {
    }

    /** @param current the clock's fact so far, or null when this is the first event seen of it */
    static SlaClockFact apply(SlaClockFact current, Envelope<? extends SlaEvent> envelope) {
        SlaEvent event = envelope.payload();
        SlaClockFact fact = current != null ? current
                : SlaClockFact.unseen(event.clockId(), event.ticketId(), event.target().name());
        SlaClockFact next = fold(fact, event);
        return new SlaClockFact(next.clockId(), next.ticketId(), next.target(), next.policyId(), next.policyVersion(),
                next.targetDuration(), next.startedAt(), next.deadline(), next.warnedAt(), next.breachedAt(),
                next.paused(), next.endedAt(), next.stopReason(), next.elapsed(), fact.version() + 1,
                envelope.eventId());
    }

    private static SlaClockFact fold(SlaClockFact f, SlaEvent event) {
        if (event instanceof SlaClockStarted started) {
            return running(f, started.policyId(), started.policyVersion(), started.targetDuration(),
                    f.startedAt() != null ? f.startedAt() : started.startedAt(), started.deadline());
        }
        if (event instanceof SlaClockRetargeted retargeted) {
            // a paused clock is re-targeted too (a priority or team change while waiting on the customer), with no
            // deadline until it resumes: it stays paused
            SlaClockFact target = running(f, retargeted.policyId(), retargeted.policyVersion(),
                    retargeted.targetDuration(), f.startedAt(), retargeted.deadline());
            return with(target, f.paused(), target.warnedAt(), target.breachedAt(), target.endedAt(),
                    target.stopReason(), target.elapsed());
        }
        if (event instanceof SlaClockResumed resumed) {
            return running(f, f.policyId(), f.policyVersion(), f.targetDuration(), f.startedAt(), resumed.deadline());
        }
        if (event instanceof SlaClockPaused) {
            return with(f, true, f.warnedAt(), f.breachedAt(), f.endedAt(), f.stopReason(), f.elapsed());
        }
        if (event instanceof SlaWarningRaised warning) {
            return with(f, f.paused(), first(f.warnedAt(), warning.raisedAt()), f.breachedAt(), f.endedAt(),
                    f.stopReason(), f.elapsed());
        }
        if (event instanceof SlaBreached breached) {
            return with(f, f.paused(), f.warnedAt(), first(f.breachedAt(), breached.breachedAt()), f.endedAt(),
                    f.stopReason(), f.elapsed());
        }
        if (event instanceof SlaMet met) {
            return with(f, false, f.warnedAt(), f.breachedAt(), met.metAt(), null, met.elapsed());
        }
        if (event instanceof SlaClockStopped stopped) {
            // a clock reached late is stopped, not met: its breach stands, and its instant if it was not seen
            Instant breachedAt = stopped.breached() && f.breachedAt() == null ? stopped.stoppedAt() : f.breachedAt();
            String reason = stopped.reason() == SlaStopReason.REACHED_LATE ? null : stopped.reason().name();
            return with(f, false, f.warnedAt(), breachedAt, stopped.stoppedAt(), reason, stopped.elapsed());
        }
        return f;
    }

    /** Started, re-targeted or resumed: the clock runs (again), so whatever ended it before no longer holds. */
    private static SlaClockFact running(SlaClockFact f, String policyId, Integer policyVersion, Duration target,
                                        Instant startedAt, Instant deadline) {
        return new SlaClockFact(f.clockId(), f.ticketId(), f.target(), policyId, policyVersion, target, startedAt,
                deadline, f.warnedAt(), f.breachedAt(), false, null, null, null, f.version(), f.lastEventId());
    }

    private static SlaClockFact with(SlaClockFact f, boolean paused, Instant warnedAt, Instant breachedAt,
                                     Instant endedAt, String stopReason, Duration elapsed) {
        return new SlaClockFact(f.clockId(), f.ticketId(), f.target(), f.policyId(), f.policyVersion(),
                f.targetDuration(), f.startedAt(), f.deadline(), warnedAt, breachedAt, paused, endedAt, stopReason,
                elapsed, f.version(), f.lastEventId());
    }

    private static Instant first(Instant known, Instant candidate) {
        return known != null ? known : candidate;
    }
}
