package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockPaused;
import io.ticketflow.api.sla.SlaClockResumed;
import io.ticketflow.api.sla.SlaClockRetargeted;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaStopReason;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.agreement.EscalationRule.Moment;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.agreement.SlaPolicy;
import io.ticketflow.sla.agreement.Targets;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One application of {@link ClockEngine}: a working copy of a ticket's clocks and what it emitted so far. */
final class ClockRun {

    private final PolicyBook book;
    private final UUID ticketId;
    private final String organisation;
    private String teamId;
    private TicketType type;
    private Priority priority;
    private TicketPhase phase;
    private SlaPolicy policy;
    private BusinessCalendar calendar;
    private boolean agentReplied;
    private int nextResponseRounds;
    private long emitted;
    private final Map<SlaTarget, SlaClock> clocks = new EnumMap<>(SlaTarget.class);
    private final List<Emitted> events = new ArrayList<>();
    private final Escalation escalation;

    ClockRun(PolicyBook book, TicketClocks state, SlaPolicy policy) {
        this.book = book;
        this.ticketId = state.ticketId();
        this.organisation = state.organisation();
        this.teamId = state.teamId();
        this.type = state.type();
        this.priority = state.priority();
        this.phase = state.phase();
        this.policy = policy;
        this.calendar = policy == null ? null : book.calendar(state.calendarId(), state.calendarVersion());
        this.agentReplied = state.agentReplied();
        this.nextResponseRounds = state.nextResponseRounds();
        this.emitted = state.emitted();
        this.escalation = new Escalation(ticketId, state.requestedPriority());
        state.clocks().forEach(clock -> clocks.put(clock.target(), clock));
    }

    Step finish() {
        TicketClocks state = new TicketClocks(ticketId, type, priority, organisation, teamId, phase,
                policy == null ? null : policy.id(), policy == null ? 0 : policy.version(),
                idOf(calendar), calendar == null ? 0 : calendar.version(),
                agentReplied, nextResponseRounds, emitted, escalation.requested(), List.copyOf(clocks.values()));
        return new Step(state, events, escalation.commands());
    }

    /** The ticket comes under {@code covering} at {@code at}: its versions are pinned and its clocks start. */
    void adopt(SlaPolicy covering, Instant at) {
        policy = covering;
        calendar = calendarUnder(covering, at);
        Targets targets = covering.targetsFor(priority).orElseThrow();
        for (SlaTarget target : SlaTarget.values()) {
            boolean answered = target == SlaTarget.FIRST_RESPONSE && agentReplied;
            if (ClockEngine.startsWithTicket(target) && !answered && targets.of(target) != null) {
                start(target, targets.of(target), at, 0);
            }
        }
    }

    /** Warnings and breaches due at or before {@code limit}, in the order they fell due, each at its own instant. */
    void fireDueUntil(Instant limit) {
        while (true) {
            SlaClock next = null;
            Instant due = null;
            for (SlaClock clock : clocks.values()) {
                Instant candidate = clock.nextDue();
                if (candidate != null && (due == null || candidate.isBefore(due))) {
                    next = clock;
                    due = candidate;
                }
            }
            if (due == null || due.isAfter(limit)) {
                return;
            }
            if (!next.warned() && next.warningAt() != null && !next.warningAt().isAfter(due)) {
                clocks.put(next.target(), next.warn());
                UUID eventId = emit(due, new SlaWarningRaised(ticketId, next.clockId(), next.target(), next.deadline(),
                        next.remainingAt(due, calendar), due));
                escalation.on(Moment.WARNING, next.target(), policy, priority, eventId, due);
            } else {
                clocks.put(next.target(), next.breach());
                UUID eventId = emit(due, new SlaBreached(ticketId, next.clockId(), next.target(), next.deadline(), due));
                escalation.on(Moment.BREACH, next.target(), policy, priority, eventId, due);
            }
        }
    }

    void agentReplied(Instant at) {
        agentReplied = true;
        reach(SlaTarget.FIRST_RESPONSE, at);
        reach(SlaTarget.NEXT_RESPONSE, at);
    }

    /** A requester's message waits for an answer; while one already waits, the oldest one counts. */
    void requesterWrote(Instant at) {
        if (policy == null || !agentReplied || active(SlaTarget.NEXT_RESPONSE)) {
            return;
        }
        Duration target = policy.targetsFor(priority).map(Targets::nextResponse).orElse(null);
        if (target != null) {
            start(SlaTarget.NEXT_RESPONSE, target, at, ++nextResponseRounds);
        }
    }

    /** Moves the ticket to {@code next}, pausing or resuming the clocks if that changes whether they count. */
    void phase(TicketPhase next, Instant at) {
        boolean counted = counts();
        phase = next;
        followCounting(counted, at);
    }

    /** Pauses or resumes the clocks when whether they count changed from {@code counted}. */
    private void followCounting(boolean counted, Instant at) {
        if (policy == null || counted == counts()) {
            return;
        }
        for (SlaClock clock : List.copyOf(clocks.values())) {
            if (counted && clock.isRunning()) {
                pause(clock, at);
            } else if (!counted && clock.state() == ClockState.PAUSED) {
                resume(clock, at);
            }
        }
    }

    void resolved(Instant at) {
        reach(SlaTarget.RESOLUTION, at);
        end(SlaTarget.FIRST_RESPONSE, SlaStopReason.TICKET_RESOLVED, at);
        end(SlaTarget.NEXT_RESPONSE, SlaStopReason.TICKET_RESOLVED, at);
        phase(TicketPhase.RESOLVED, at);
    }

    /** Clocks paused while resolved run again, and the resolution clock counts on from where it stopped. */
    void reopened(Instant at) {
        phase(TicketPhase.ACTIVE, at);
        SlaClock resolution = clocks.get(SlaTarget.RESOLUTION);
        if (resolution != null && (resolution.outcome() == Outcome.MET || resolution.outcome() == Outcome.REACHED_LATE)) {
            resume(resolution, at);
        }
        // a response the resolution made moot is owed again: the requester is back and still waits for an answer
        for (SlaTarget response : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_RESPONSE)) {
            SlaClock clock = clocks.get(response);
            if (clock != null && clock.outcome() == Outcome.TICKET_RESOLVED) {
                resume(clock, at);
            }
        }
    }

    void closed(Instant at) {
        for (SlaTarget target : SlaTarget.values()) {
            end(target, SlaStopReason.TICKET_CLOSED, at);
        }
        phase = TicketPhase.CLOSED;
    }

    void priorityChanged(Priority newPriority, Instant at) {
        escalation.priorityChanged();
        refacts(type, newPriority, at);
    }

    /**
     * The ticket's type or priority changed: its policy's targets for the new facts apply to the active clocks.
     * When its policy no longer covers it, the policy covering it now (pinned at its current version) takes over,
     * every active clock counting on in that policy's calendar (one it does not measure keeps its target); when
     * none does, the clocks keep their targets.
     */
    void refacts(TicketType newType, Priority newPriority, Instant at) {
        type = newType;
        priority = newPriority;
        if (policy == null) {
            book.covering(type, priority, organisation, at).ifPresent(covering -> adopt(covering, at));
            return;
        }
        // the policy that matches the new facts now; when that is the ticket's own policy, its pinned version
        SlaPolicy matching = book.covering(type, priority, organisation, at).orElse(null);
        SlaPolicy next = matching == null || (matching.id().equals(policy.id())
                && policy.covers(type, priority, organisation)) ? policy : matching;
        if (next == null || !next.covers(type, priority, organisation)) {
            return;
        }
        boolean samePolicy = next.id().equals(policy.id()) && next.version() == policy.version();
        boolean counted = counts();
        if (!samePolicy) {
            // time used so far counts in the old calendar, time from now on in the new one
            clocks.replaceAll((target, clock) -> clock.checkpoint(at, calendar));
            policy = next;
            calendar = calendarUnder(next, at);
        }
        Targets targets = next.targetsFor(priority).orElseThrow();
        for (SlaClock clock : List.copyOf(clocks.values())) {
            Duration target = Objects.requireNonNullElse(targets.of(clock.target()), clock.targetDuration());
            if (!clock.isActive() || (samePolicy && target.equals(clock.targetDuration()))) {
                continue;
            }
            retarget(clock, target, at);
        }
        // the new policy may count ON_HOLD time where the old one paused for it, or the other way round; a target
        // the change cut below the time used breaches at the change, before a pause could hide it
        fireDueUntil(at);
        followCounting(counted, at);
    }

    /**
     * The ticket moved to team {@code newTeamId}. Under a policy without a calendar of its own the clocks count in
     * the team's: when that is another calendar, or another version of it, the time used so far stays counted in the
     * old one and every running or paused clock's deadline and warning are counted anew in the new one, its target
     * unchanged. A ticket no policy covers yet only remembers the team for when one does.
     */
    void assigned(String newTeamId, Instant at) {
        if (Objects.equals(teamId, newTeamId)) {
            return;
        }
        teamId = newTeamId;
        if (policy == null || policy.calendarId() != null) {
            return;
        }
        BusinessCalendar next = calendarUnder(policy, at);
        if (Objects.equals(idOf(next), idOf(calendar)) && next.version() == calendar.version()) {
            return;
        }
        clocks.replaceAll((target, clock) -> clock.checkpoint(at, calendar));
        calendar = next;
        for (SlaClock clock : List.copyOf(clocks.values())) {
            if (clock.isActive()) {
                retarget(clock, clock.targetDuration(), at);
            }
        }
    }

    /** The clock counted up to {@code at}, then given {@code target} from its start in the ticket's calendar now. */
    private void retarget(SlaClock clock, Duration target, Instant at) {
        SlaClock retargeted = clock.checkpoint(at, calendar).retarget(target).schedule(calendar, threshold());
        clocks.put(clock.target(), retargeted.overdueFrom(at));
        emit(at, new SlaClockRetargeted(ticketId, clock.clockId(), clock.target(), policy.id(), policy.version(),
                target, retargeted.deadline(), retargeted.warningAt(), at));
    }

    /** The calendar clocks count in under {@code governing}: its own, else the team's at {@code at}, else none. */
    private BusinessCalendar calendarUnder(SlaPolicy governing, Instant at) {
        return governing.calendarId() != null ? book.calendarAt(governing.calendarId(), at)
                : book.teamCalendarAt(teamId, at).orElse(BusinessCalendar.ALWAYS);
    }

    /** The id the state keeps: null for around the clock, the one calendar a null id stands for. */
    private static String idOf(BusinessCalendar calendar) {
        return calendar == null || calendar == BusinessCalendar.ALWAYS ? null : calendar.id();
    }

    private void start(SlaTarget target, Duration duration, Instant at, int round) {
        UUID clockId = StableId.of("ticketflow:sla-clock:" + ticketId + ":" + target + ":" + round);
        SlaClock clock = SlaClock.start(clockId, target, duration, at).schedule(calendar, threshold());
        clocks.put(target, clock);
        emit(at, new SlaClockStarted(ticketId, clockId, target, policy.id(), policy.version(), duration,
                clock.deadline(), clock.warningAt(), at));
        if (!counts()) {
            pause(clock, at);
        }
    }

    private void pause(SlaClock clock, Instant at) {
        SlaClock paused = clock.pause(at, calendar).schedule(calendar, threshold());
        clocks.put(clock.target(), paused);
        emit(at, new SlaClockPaused(ticketId, clock.clockId(), clock.target(),
                paused.targetDuration().minus(paused.consumed()), at));
    }

    private void resume(SlaClock clock, Instant at) {
        SlaClock resumed = clock.resume(at).schedule(calendar, threshold());
        clocks.put(clock.target(), resumed);
        emit(at, new SlaClockResumed(ticketId, clock.clockId(), clock.target(), resumed.deadline(),
                resumed.warningAt(), at));
    }

    /** The clock's target was reached: met in time, or late if it had breached. */
    private void reach(SlaTarget target, Instant at) {
        SlaClock clock = clocks.get(target);
        if (clock == null || !clock.isActive()) {
            return;
        }
        SlaClock stopped = clock.stop(at, calendar, clock.breached() ? Outcome.REACHED_LATE : Outcome.MET);
        clocks.put(target, stopped);
        if (clock.breached()) {
            emit(at, new SlaClockStopped(ticketId, clock.clockId(), target, SlaStopReason.REACHED_LATE, true,
                    stopped.consumed(), at));
        } else {
            emit(at, new SlaMet(ticketId, clock.clockId(), target, stopped.consumed(), at));
        }
    }

    /** The clock is no longer needed. */
    private void end(SlaTarget target, SlaStopReason reason, Instant at) {
        SlaClock clock = clocks.get(target);
        if (clock == null || !clock.isActive()) {
            return;
        }
        SlaClock stopped = clock.stop(at, calendar, Outcome.valueOf(reason.name()));
        clocks.put(target, stopped);
        emit(at, new SlaClockStopped(ticketId, clock.clockId(), target, reason, clock.breached(), stopped.consumed(),
                at));
    }

    private boolean active(SlaTarget target) {
        SlaClock clock = clocks.get(target);
        return clock != null && clock.isActive();
    }

    /** Whether clocks count in the ticket's current phase. */
    private boolean counts() {
        return phase == TicketPhase.ACTIVE || (phase == TicketPhase.ON_HOLD && policy != null && !policy.pauseOnHold());
    }

    private int threshold() {
        return policy.warningThreshold();
    }

    private UUID emit(Instant at, SlaEvent event) {
        UUID eventId = StableId.of("ticketflow:sla-event:" + ticketId + ":" + emitted++);
        events.add(new Emitted(eventId, at, event));
        return eventId;
    }
}
