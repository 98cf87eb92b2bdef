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
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static io.ticketflow.api.sla.SlaTarget.FIRST_RESPONSE;
import static io.ticketflow.api.sla.SlaTarget.RESOLUTION;
import static io.ticketflow.api.ticket.Priority.HIGH;
import static io.ticketflow.api.ticket.Priority.LOW;
import static io.ticketflow.api.ticket.Priority.NORMAL;
import static io.ticketflow.api.ticket.Priority.URGENT;
import static io.ticketflow.api.ticket.TicketType.BUG_REPORT;
import static io.ticketflow.api.ticket.TicketType.COMPLAINT;
import static io.ticketflow.api.ticket.TicketType.INCIDENT;
import static io.ticketflow.api.ticket.TicketType.SERVICE_REQUEST;
import static io.ticketflow.sla.agreement.EscalationRule.Moment.BREACH;
import static io.ticketflow.sla.agreement.EscalationRule.Moment.WARNING;
import static io.ticketflow.sla.calendar.Calendars.BERLIN;
import static io.ticketflow.sla.calendar.Calendars.NEW_YORK;
import static io.ticketflow.sla.clock.Policies.SINCE_2026;
import static io.ticketflow.sla.clock.Policies.escalate;
import static io.ticketflow.sla.clock.Policies.policy;
import static io.ticketflow.sla.clock.Policies.raisePriority;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA clocks are a pure function of the ticket's events and the policy and calendar versions: random but valid
 * histories give the same SLA events and commands whether the timer ran between the events or not, and again
 * when a fresh engine replays them. Every sequence keeps the clocks' invariants.
 */
class ReplayTest {

    private static final int HISTORIES = 300;
    private static final int MAX_MOVES = 30;
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T00:00:00Z");

    /**
     * Policies and calendars with versions over 2026, so replays meet changes of both. Priority and type changes
     * often move a ticket between policies: {@code standard} has no urgent targets before June and no low ones at
     * all in its first version, {@code urgent} (around the clock) and {@code acme} (New York hours) have no
     * next-response target for some priorities. Teams ({@link HistoryGenerator#TEAMS}) give the policies without a
     * calendar one: {@code first-line} works office hours, {@code us-desk} New York hours until September, and
     * {@code night-shift} around the clock.
     */
    private static InMemoryPolicyBook world() {
        return new InMemoryPolicyBook()
                .with(Calendars.in(BERLIN).id("office", 1).weekdays("09:00-17:00").build(), SINCE_2026)
                .with(Calendars.in(BERLIN).id("office", 2).weekdays("08:00-12:00", "13:00-17:00")
                        .holiday("2026-10-03").holidays("2026-12-24", "2026-12-26").build(), JUNE)
                .with(Calendars.in(NEW_YORK).id("new-york", 1).weekdays("08:00-12:00", "13:00-18:00")
                        .on(DayOfWeek.SATURDAY, "10:00-14:00").holiday("2026-11-26").build(), SINCE_2026)
                .team("first-line", "office", SINCE_2026)
                .team("us-desk", "new-york", SINCE_2026)
                .team("us-desk", null, SEPTEMBER)
                .with(policy("standard").types(SERVICE_REQUEST, INCIDENT, BUG_REPORT, COMPLAINT).calendar("office")
                                .targets(NORMAL, "PT4H", "PT8H", "PT16H").targets(HIGH, "PT1H", "PT2H", "PT8H")
                                .escalation(escalate(WARNING, FIRST_RESPONSE, null))
                                .escalation(raisePriority(BREACH, null, HIGH))
                                .escalation(escalate(BREACH, RESOLUTION, "tier-2")).build(),
                        policy("standard").version(2, JUNE)
                                .types(SERVICE_REQUEST, INCIDENT, BUG_REPORT, COMPLAINT).calendar("office").warningAt(80)
                                .targets(LOW, "PT8H", "PT16H", "PT40H").targets(NORMAL, "PT3H", "PT6H", "PT16H")
                                .targets(HIGH, "PT1H", "PT2H", "PT6H").targets(URGENT, "PT20M", "PT40M", "PT3H")
                                .escalation(raisePriority(BREACH, null, HIGH))
                                .escalation(raisePriority(BREACH, RESOLUTION, URGENT)).build(),
                        policy("urgent").rank(50).types(SERVICE_REQUEST, INCIDENT, BUG_REPORT, COMPLAINT).pauseOnHold()
                                .targets(URGENT, "PT15M", "-", "PT2H")
                                .escalation(escalate(BREACH, null, "major-incidents")).build(),
                        policy("incidents").rank(10).types(INCIDENT).pauseOnHold()
                                .targets(HIGH, "PT30M", "PT1H", "PT4H")
                                .escalation(raisePriority(WARNING, null, URGENT)).build(),
                        policy("acme").rank(5).organisations("acme").types(COMPLAINT, BUG_REPORT).calendar("new-york")
                                .pauseOnHold().warningAt(50)
                                .targets(LOW, "PT16H", "-", "PT80H").targets(NORMAL, "PT2H", "PT4H", "PT24H")
                                .targets(HIGH, "PT1H", "PT2H", "PT8H")
                                .escalation(escalate(BREACH, null, "acme-desk")).build());
    }

    @Test
    void the_timer_running_between_events_changes_nothing_and_a_fresh_engine_replays_the_same() {
        int withClocks = 0;
        int breached = 0;
        int inATeamsCalendar = 0;
        for (int seed = 0; seed < HISTORIES; seed++) {
            Random random = new Random(seed);
            List<Timed> history = HistoryGenerator.history(random, MAX_MOVES);
            String example = "history of seed " + seed + ": " + history;

            Ticket inOneGo = replay(new ClockEngine(world()), history);
            Ticket withTimer = replayWithTimer(new ClockEngine(world()), history, random);
            Ticket fresh = replay(new ClockEngine(world()), history);

            assertThat(withTimer.emitted()).as(example).isEqualTo(inOneGo.emitted());
            assertThat(withTimer.commands()).as(example).isEqualTo(inOneGo.commands());
            assertThat(withTimer.state()).as(example).isEqualTo(inOneGo.state());
            assertThat(fresh.emitted()).as(example).isEqualTo(inOneGo.emitted());
            assertThat(fresh.commands()).as(example).isEqualTo(inOneGo.commands());
            assertThat(fresh.state()).as(example).isEqualTo(inOneGo.state());

            // and after all of it, the timer catching up with whatever is still due
            Instant muchLater = history.get(history.size() - 1).at().plus(Duration.ofDays(60));
            inOneGo.advance(muchLater);
            withTimer.advance(muchLater);
            assertThat(withTimer.emitted()).as(example).isEqualTo(inOneGo.emitted());
            assertThat(withTimer.commands()).as(example).isEqualTo(inOneGo.commands());
            assertInvariants(inOneGo.emitted(), closedAtTheEnd(history), example);

            withClocks += inOneGo.emitted().isEmpty() ? 0 : 1;
            inATeamsCalendar += countsInATeamsCalendar(inOneGo.state()) ? 1 : 0;
            breached += inOneGo.emitted().stream().anyMatch(e -> e.event() instanceof SlaBreached) ? 1 : 0;
        }
        // the generator must reach the cases worth replaying, or this test proves little
        assertThat(withClocks).isGreaterThan(HISTORIES / 2);
        assertThat(breached).isGreaterThan(HISTORIES / 5);
        assertThat(inATeamsCalendar).as("histories ending in a team's calendar").isGreaterThan(HISTORIES / 50);
    }

    @Test
    void the_generated_histories_reach_every_move() {
        Set<Class<?>> seen = new HashSet<>();
        Set<String> teams = new HashSet<>();
        for (int seed = 0; seed < HISTORIES; seed++) {
            for (Timed timed : HistoryGenerator.history(new Random(seed), MAX_MOVES)) {
                seen.add(timed.event().getClass());
                if (timed.event() instanceof TicketAssigned assigned) {
                    teams.add(assigned.teamId());
                }
            }
        }
        assertThat(seen).extracting(Class::getSimpleName).contains("TicketOpened", "MessageAdded",
                "TicketAwaitingCustomer", "TicketPutOnHold", "TicketResumed", "TicketPriorityChanged",
                "TicketCategorized", "TicketResolved", "TicketReopened", "TicketClosed", "TicketMerged",
                "TicketAssigned");
        assertThat(teams).containsExactlyInAnyOrderElementsOf(HistoryGenerator.TEAMS);
    }

    private static Ticket replay(ClockEngine engine, List<Timed> history) {
        Ticket ticket = new Ticket(engine, ticketOf(history));
        history.forEach(ticket::apply);
        return ticket;
    }

    /** Between two events the timer fires at random instants, and at the instant the next warning or breach is due. */
    private static Ticket replayWithTimer(ClockEngine engine, List<Timed> history, Random random) {
        Ticket ticket = new Ticket(engine, ticketOf(history));
        for (int i = 0; i < history.size(); i++) {
            Timed event = history.get(i);
            ticket.apply(event);
            if (i + 1 == history.size()) {
                break;
            }
            Instant next = history.get(i + 1).at();
            long span = Duration.between(event.at(), next).toMillis();
            List<Instant> calls = new ArrayList<>();
            for (int call = random.nextInt(4); call > 0; call--) {
                calls.add(event.at().plusMillis(span == 0 ? 0 : random.nextLong(span + 1)));
            }
            if (random.nextBoolean()) {
                calls.add(next);
            }
            calls.stream().sorted().forEach(until -> {
                Instant due = ticket.state() == null ? null : ticket.state().nextDue();
                if (due != null && !due.isAfter(until)) {
                    ticket.advance(due);
                }
                ticket.advance(until);
            });
        }
        return ticket;
    }

    /** Whether the clocks count in a calendar that the policy does not name: the team's. */
    private static boolean countsInATeamsCalendar(TicketClocks state) {
        return state.policyId() != null && state.calendarId() != null
                && world().policy(state.policyId(), state.policyVersion()).calendarId() == null;
    }

    private static UUID ticketOf(List<Timed> history) {
        return ((io.ticketflow.api.ticket.TicketOpened) history.get(0).event()).ticketId();
    }

    private static boolean closedAtTheEnd(List<Timed> history) {
        return history.get(history.size() - 1).event() instanceof TicketClosed;
    }

    /** What every clock's story must look like, whatever the ticket did. */
    private static void assertInvariants(List<Emitted> emitted, boolean closed, String example) {
        Map<UUID, ClockStory> clocks = new HashMap<>();
        Set<UUID> eventIds = new HashSet<>();
        Instant previous = Instant.MIN;
        for (Emitted one : emitted) {
            String where = example + "\n at " + one;
            assertThat(eventIds.add(one.eventId())).as("event ids are unique: " + where).isTrue();
            assertThat(one.occurredAt()).as("in time order: " + where).isAfterOrEqualTo(previous);
            previous = one.occurredAt();
            SlaEvent event = one.event();
            ClockStory clock = clocks.get(event.clockId());
            if (event instanceof SlaClockStarted started) {
                assertThat(clock).as("a clock starts once: " + where).isNull();
                assertThat(started.startedAt()).as(where).isEqualTo(one.occurredAt());
                clocks.put(started.clockId(), new ClockStory(started.target(), started.targetDuration()));
                continue;
            }
            assertThat(clock).as("a clock starts before anything else happens to it: " + where).isNotNull();
            clock.happened(event, one.occurredAt(), where);
        }
        if (closed) {
            assertThat(clocks.values()).as("a closed ticket's clocks have all ended: " + example)
                    .allMatch(clock -> clock.ended);
        }
    }

    /** One clock as its events tell it. */
    private static final class ClockStory {

        private final SlaTarget target;
        private Duration targetDuration;
        private boolean ended;
        private boolean endedByResolution;
        private int warnings;
        private int breaches;

        ClockStory(SlaTarget target, Duration targetDuration) {
            this.target = target;
            this.targetDuration = targetDuration;
        }

        void happened(SlaEvent event, Instant at, String where) {
            if (ended) {
                assertThat(event).as("after it ended a clock only resumes, on a reopen: " + where)
                        .isInstanceOf(SlaClockResumed.class);
                assertThat(target == RESOLUTION || endedByResolution)
                        .as("the resolution clock, or a response clock the resolution ended: " + where).isTrue();
                ended = false;
                endedByResolution = false;
            }
            if (event instanceof SlaWarningRaised warning) {
                assertThat(++warnings).as("one warning at most: " + where).isEqualTo(1);
                assertThat(breaches).as("the warning comes before the breach: " + where).isZero();
                assertThat(warning.raisedAt()).as(where).isEqualTo(at);
            } else if (event instanceof SlaBreached breach) {
                assertThat(++breaches).as("one breach at most: " + where).isEqualTo(1);
                assertThat(breach.breachedAt()).as("a breach happens at its deadline: " + where)
                        .isEqualTo(breach.deadline()).isEqualTo(at);
            } else if (event instanceof SlaMet met) {
                assertThat(breaches).as("a breached clock is never met: " + where).isZero();
                assertThat(met.elapsed()).as("met before the deadline, within the target: " + where)
                        .isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(targetDuration);
                assertThat(met.metAt()).as(where).isEqualTo(at);
                ended = true;
            } else if (event instanceof SlaClockStopped stopped) {
                assertThat(stopped.breached()).as("stopped says whether it breached: " + where).isEqualTo(breaches > 0);
                assertThat(breaches > 0 || stopped.elapsed().compareTo(targetDuration) < 0)
                        .as("a clock that used up its target breached: " + where).isTrue();
                assertThat(stopped.elapsed().isNegative()).as("elapsed is never negative: " + where).isFalse();
                assertThat(stopped.stoppedAt()).as(where).isEqualTo(at);
                ended = true;
                endedByResolution = stopped.reason() == SlaStopReason.TICKET_RESOLVED;
            } else if (event instanceof SlaClockPaused paused) {
                assertThat(paused.remaining()).as("elapsed is never negative: " + where)
                        .isLessThanOrEqualTo(targetDuration);
                assertThat(breaches > 0 || paused.remaining().compareTo(Duration.ZERO) > 0)
                        .as("a clock that used up its target breached: " + where).isTrue();
                assertThat(paused.pausedAt()).as(where).isEqualTo(at);
            } else if (event instanceof SlaClockResumed resumed) {
                assertThat(resumed.resumedAt()).as(where).isEqualTo(at);
            } else if (event instanceof SlaClockRetargeted retargeted) {
                targetDuration = retargeted.targetDuration();
                assertThat(retargeted.retargetedAt()).as(where).isEqualTo(at);
            } else {
                throw new AssertionError("unexpected SLA event " + where);
            }
        }
    }
}
