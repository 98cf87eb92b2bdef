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
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.wire.Envelope;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockFoldTest {

    private static final UUID TICKET = UUID.randomUUID();
    private static final UUID CLOCK = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final SlaTarget FR = SlaTarget.FIRST_RESPONSE;

    @Test
    void a_clock_reached_before_its_deadline_is_met_with_the_business_time_it_took() {
        SlaClockFact clock = fold(started(), new SlaMet(TICKET, CLOCK, FR, Duration.ofMinutes(42), at(50)));

        assertThat(clock.outcome()).isEqualTo("MET");
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(42));
        assertThat(clock.endedAt()).isEqualTo(at(50));
        assertThat(clock.policyId()).isEqualTo("default");
        assertThat(clock.targetDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(clock.version()).isEqualTo(2);
    }

    @Test
    void a_breach_stands_whatever_follows_it() {
        SlaClockFact breached = fold(started(), new SlaWarningRaised(TICKET, CLOCK, FR, at(60), Duration.ofMinutes(12), at(48)),
                new SlaBreached(TICKET, CLOCK, FR, at(60), at(60)));
        assertThat(breached.outcome()).isEqualTo("BREACHED");
        assertThat(breached.warnedAt()).isEqualTo(at(48));

        SlaClockFact reachedLate = fold(breached, new SlaClockStopped(TICKET, CLOCK, FR, SlaStopReason.REACHED_LATE,
                true, Duration.ofMinutes(75), at(75)));
        assertThat(reachedLate.outcome()).isEqualTo("BREACHED");
        assertThat(reachedLate.breachedAt()).isEqualTo(at(60));
        assertThat(reachedLate.elapsed()).isEqualTo(Duration.ofMinutes(75));
        assertThat(reachedLate.stopReason()).isNull();
    }

    @Test
    void a_late_stop_whose_breach_was_not_seen_is_still_a_breach() {
        SlaClockFact clock = fold(started(), new SlaClockStopped(TICKET, CLOCK, FR, SlaStopReason.REACHED_LATE, true,
                Duration.ofMinutes(90), at(90)));

        assertThat(clock.outcome()).isEqualTo("BREACHED");
        assertThat(clock.breachedAt()).isEqualTo(at(90));
    }

    @Test
    void a_clock_ended_by_resolution_in_time_is_neither_met_nor_breached() {
        SlaClockFact clock = fold(started(), new SlaClockStopped(TICKET, CLOCK, FR, SlaStopReason.TICKET_RESOLVED,
                false, Duration.ofMinutes(5), at(5)));

        assertThat(clock.outcome()).isEqualTo("STOPPED");
        assertThat(clock.stopReason()).isEqualTo("TICKET_RESOLVED");
    }

    @Test
    void paused_resumed_and_retargeted_clocks_run_on_to_their_latest_deadline() {
        SlaClockFact paused = fold(started(), new SlaClockPaused(TICKET, CLOCK, FR, Duration.ofMinutes(30), at(30)));
        assertThat(paused.outcome()).isEqualTo("PAUSED");

        SlaClockFact resumed = fold(paused, new SlaClockResumed(TICKET, CLOCK, FR, at(150), at(138), at(120)));
        assertThat(resumed.outcome()).isEqualTo("RUNNING");
        assertThat(resumed.deadline()).isEqualTo(at(150));

        SlaClockFact retargeted = fold(resumed, new SlaClockRetargeted(TICKET, CLOCK, FR, "urgent", 3,
                Duration.ofMinutes(15), at(125), at(123), at(121)));
        assertThat(retargeted.deadline()).isEqualTo(at(125));
        assertThat(retargeted.policyId()).isEqualTo("urgent");
        assertThat(retargeted.policyVersion()).isEqualTo(3);
        assertThat(retargeted.targetDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(retargeted.startedAt()).isEqualTo(T0);
        assertThat(retargeted.version()).isEqualTo(4);
    }

    @Test
    void a_paused_clock_that_is_retargeted_stays_paused_without_a_deadline_until_it_resumes() {
        SlaClockFact paused = fold(started(), new SlaClockPaused(TICKET, CLOCK, FR, Duration.ofMinutes(30), at(30)));
        SlaClockFact retargeted = fold(paused, new SlaClockRetargeted(TICKET, CLOCK, FR, "urgent", 2,
                Duration.ofMinutes(15), null, null, at(40)));

        assertThat(retargeted.outcome()).isEqualTo("PAUSED");
        assertThat(retargeted.deadline()).isNull();
        assertThat(retargeted.policyId()).isEqualTo("urgent");
        assertThat(fold(retargeted, new SlaClockResumed(TICKET, CLOCK, FR, at(90), at(88), at(80))).outcome())
                .isEqualTo("RUNNING");
    }

    @Test
    void a_met_clock_that_is_resumed_by_a_reopening_runs_again_until_it_is_met_again() {
        SlaClockFact met = fold(started(), new SlaMet(TICKET, CLOCK, FR, Duration.ofMinutes(20), at(20)));
        SlaClockFact again = fold(met, new SlaClockResumed(TICKET, CLOCK, FR, at(200), at(190), at(100)));

        assertThat(again.outcome()).isEqualTo("RUNNING");
        assertThat(again.endedAt()).isNull();
        assertThat(again.elapsed()).isNull();
        assertThat(fold(again, new SlaMet(TICKET, CLOCK, FR, Duration.ofMinutes(45), at(125))).elapsed())
                .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void the_first_event_seen_of_a_clock_creates_it_even_when_its_start_never_came() {
        SlaClockFact clock = SlaClockFold.apply(null, envelope(new SlaBreached(TICKET, CLOCK, FR, at(60), at(60))));

        assertThat(clock.clockId()).isEqualTo(CLOCK);
        assertThat(clock.ticketId()).isEqualTo(TICKET);
        assertThat(clock.target()).isEqualTo("FIRST_RESPONSE");
        assertThat(clock.outcome()).isEqualTo("BREACHED");
        assertThat(clock.startedAt()).isNull();
        assertThat(clock.version()).isEqualTo(1);
    }

    private static SlaClockFact started() {
        return SlaClockFold.apply(null, envelope(new SlaClockStarted(TICKET, CLOCK, FR, "default", 1,
                Duration.ofHours(1), at(60), at(48), T0)));
    }

    private static SlaClockFact fold(SlaClockFact clock, SlaEvent... events) {
        SlaClockFact folded = clock;
        for (SlaEvent event : List.of(events)) {
            folded = SlaClockFold.apply(folded, envelope(event));
        }
        return folded;
    }

    private static Envelope<SlaEvent> envelope(SlaEvent event) {
        return new Envelope<>(UUID.randomUUID(), event.getClass().getSimpleName(), 1, T0, "c", "t",
                TICKET.toString(), event);
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
