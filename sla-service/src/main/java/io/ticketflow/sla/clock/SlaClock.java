package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One clock of a ticket. Time used is kept as business time consumed up to {@code runningSince} plus the business
 * time since then, so pausing, resuming and re-targeting never lose or count a second twice.
 *
 * @param consumed     business time used up to {@code runningSince} (or up to the pause or stop)
 * @param runningSince when the clock last started counting; null unless RUNNING
 * @param warned       the warning was raised (it is raised once)
 * @param breached     the deadline passed while the clock counted (once breached, always breached)
 * @param deadline     when the target is (or was, once breached) used up; null while not running and not breached,
 *                     unless a re-target left a paused clock past its target (then the instant of the re-target)
 * @param warningAt    when the warning is due; null once raised or while not running (with the same exception)
 * @param outcome      how the clock ended; null unless STOPPED
 */
public record SlaClock(UUID clockId, SlaTarget target, Duration targetDuration, Instant startedAt, Duration consumed,
        Instant runningSince, ClockState state, boolean warned, boolean breached, Instant deadline,
        Instant warningAt, Outcome outcome) {

    /** A clock that starts counting at {@code at} (paused at once if the ticket is not active). */
    static SlaClock start(UUID clockId, SlaTarget target, Duration targetDuration, Instant at) {
        return new SlaClock(clockId, target, targetDuration, at, Duration.ZERO, at, ClockState.RUNNING, false, false,
                null, null, null);
    }

    public boolean isRunning() {
        return state == ClockState.RUNNING;
    }

    /** Running or paused: it has not reached its end (yet). */
    public boolean isActive() {
        return state != ClockState.STOPPED;
    }

    /** Business time used up to {@code at}. */
    public Duration elapsedAt(Instant at, BusinessCalendar calendar) {
        // an instant before the clock last started (events stamped by a server whose clock went back) adds nothing
        return isRunning() && at.isAfter(runningSince) ? consumed.plus(calendar.between(runningSince, at)) : consumed;
    }

    /** Business time left at {@code at}; negative once past the target. */
    public Duration remainingAt(Instant at, BusinessCalendar calendar) {
        return targetDuration.minus(elapsedAt(at, calendar));
    }

    /** The earliest warning or breach still to come; null when none (stopped, paused, or both raised). */
    Instant nextDue() {
        if (!isActive()) {
            return null;
        }
        Instant warning = warned ? null : warningAt;
        Instant breach = breached ? null : deadline;
        if (warning == null) {
            return breach;
        }
        return breach == null || warning.isBefore(breach) ? warning : breach;
    }

    /** The same clock counted up to {@code at}, and counting on from there when running. */
    SlaClock checkpoint(Instant at, BusinessCalendar calendar) {
        return isRunning() ? with(elapsedAt(at, calendar), at, state) : this;
    }

    /**
     * Deadline and warning instant for a running clock under {@code calendar}: the rest of the target (or of the
     * warning threshold) counted in business time from {@code runningSince}. A breached clock keeps the deadline
     * it breached at.
     */
    SlaClock schedule(BusinessCalendar calendar, int warningThreshold) {
        if (!isRunning()) {
            return new SlaClock(clockId, target, targetDuration, startedAt, consumed, null, state, warned, breached,
                    breached ? deadline : null, null, outcome);
        }
        Instant newDeadline = breached ? deadline : calendar.plus(runningSince, targetDuration.minus(consumed));
        Duration warnAfter = targetDuration.multipliedBy(warningThreshold).dividedBy(100);
        Instant newWarning = warned ? null : calendar.plus(runningSince, warnAfter.minus(consumed));
        return new SlaClock(clockId, target, targetDuration, startedAt, consumed, runningSince, state, warned,
                breached, newDeadline, newWarning, outcome);
    }

    /**
     * A paused clock whose target was cut below the time it has used is due at {@code at}: it breaches when the
     * target changed, not whenever it resumes (or never, if the ticket is resolved while it waits).
     */
    SlaClock overdueFrom(Instant at) {
        if (state != ClockState.PAUSED || breached || consumed.compareTo(targetDuration) < 0) {
            return this;
        }
        return new SlaClock(clockId, target, targetDuration, startedAt, consumed, null, state, warned, false, at,
                warned ? null : at, outcome);
    }

    SlaClock pause(Instant at, BusinessCalendar calendar) {
        return isRunning() ? with(elapsedAt(at, calendar), null, ClockState.PAUSED) : this;
    }

    SlaClock resume(Instant at) {
        return new SlaClock(clockId, target, targetDuration, startedAt, consumed, at, ClockState.RUNNING, warned,
                breached, deadline, warningAt, null);
    }

    SlaClock stop(Instant at, BusinessCalendar calendar, Outcome how) {
        return new SlaClock(clockId, target, targetDuration, startedAt, elapsedAt(at, calendar), null,
                ClockState.STOPPED, warned, breached, breached ? deadline : null, null, how);
    }

    SlaClock retarget(Duration newTarget) {
        return new SlaClock(clockId, target, newTarget, startedAt, consumed, runningSince, state, warned, breached,
                deadline, warningAt, outcome);
    }

    SlaClock warn() {
        return new SlaClock(clockId, target, targetDuration, startedAt, consumed, runningSince, state, true, breached,
                deadline, null, outcome);
    }

    SlaClock breach() {
        return new SlaClock(clockId, target, targetDuration, startedAt, consumed, runningSince, state, warned, true,
                deadline, warningAt, outcome);
    }

    private SlaClock with(Duration newConsumed, Instant newRunningSince, ClockState newState) {
        return new SlaClock(clockId, target, targetDuration, startedAt, newConsumed, newRunningSince, newState, warned,
                breached, deadline, warningAt, outcome);
    }
}
