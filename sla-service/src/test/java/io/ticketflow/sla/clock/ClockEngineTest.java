package io.ticketflow.sla.clock;

import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.command.TicketCommand;
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
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static io.ticketflow.api.sla.SlaTarget.FIRST_RESPONSE;
import static io.ticketflow.api.sla.SlaTarget.NEXT_RESPONSE;
import static io.ticketflow.api.sla.SlaTarget.RESOLUTION;
import static io.ticketflow.api.ticket.Priority.HIGH;
import static io.ticketflow.api.ticket.Priority.LOW;
import static io.ticketflow.api.ticket.Priority.NORMAL;
import static io.ticketflow.api.ticket.Priority.URGENT;
import static io.ticketflow.api.ticket.TicketType.BUG_REPORT;
import static io.ticketflow.api.ticket.TicketType.INCIDENT;
import static io.ticketflow.api.ticket.TicketType.INQUIRY;
import static io.ticketflow.api.ticket.TicketType.SERVICE_REQUEST;
import static io.ticketflow.sla.agreement.EscalationRule.Moment.BREACH;
import static io.ticketflow.sla.agreement.EscalationRule.Moment.WARNING;
import static io.ticketflow.sla.calendar.Calendars.BERLIN;
import static io.ticketflow.sla.calendar.Calendars.NEW_YORK;
import static io.ticketflow.sla.clock.Policies.SINCE_2026;
import static io.ticketflow.sla.clock.Policies.escalate;
import static io.ticketflow.sla.clock.Policies.policy;
import static io.ticketflow.sla.clock.Policies.raisePriority;
import static io.ticketflow.sla.clock.TicketEvents.AGENT;
import static io.ticketflow.sla.clock.TicketEvents.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The clock rules of {@link ClockEngine}, one at a time. Service requests fall under {@code standard} (Berlin
 * office hours, Monday to Friday 09:00-17:00; warnings at 75 %); high and urgent incidents under {@code incidents}
 * (around the clock, paused on hold, no next-response target); other incidents and inquiries under no policy. Times are in Berlin, in the week of Monday
 * 2 March 2026. Teams {@code first-line} and {@code second-line} work office hours, {@code us-desk} New York hours,
 * {@code night-shift} has no calendar.
 */
class ClockEngineTest {

    private static final UUID TICKET = UUID.fromString("0b7d2c55-5f0e-4a7c-9a51-4c1d3f0a0001");
    private static final BusinessCalendar OFFICE = Calendars.in(BERLIN).id("office", 1).weekdays("09:00-17:00").build();
    private static final BusinessCalendar US_HOURS = Calendars.in(NEW_YORK).id("new-york", 1).weekdays("08:00-18:00")
            .build();

    private final InMemoryPolicyBook book = new InMemoryPolicyBook()
            .with(OFFICE, SINCE_2026)
            .with(US_HOURS, SINCE_2026)
            .team("first-line", "office", SINCE_2026)
            .team("second-line", "office", SINCE_2026)
            .team("us-desk", "new-york", SINCE_2026)
            .with(policy("standard").types(SERVICE_REQUEST, BUG_REPORT).calendar("office")
                            .targets(LOW, "PT8H", "PT16H", "PT40H")
                            .targets(NORMAL, "PT4H", "PT8H", "PT16H")
                            .targets(HIGH, "PT1H", "PT2H", "PT8H")
                            .targets(URGENT, "PT30M", "PT1H", "PT4H").build(),
                    policy("incidents").rank(10).types(INCIDENT).pauseOnHold()
                            .targets(HIGH, "PT30M", "-", "PT4H")
                            .targets(URGENT, "PT15M", "-", "PT2H").build());
    private final Ticket ticket = new Ticket(new ClockEngine(book), TICKET);
    private final TicketEvents events = ticket.events();

    /** "Mon 09:00" .. "Sun 23:59" in the week of 2 March 2026, "next Mon 09:00" in the week after, in Berlin. */
    private static Instant at(String when) {
        String[] words = when.split(" ");
        boolean next = words[0].equals("next");
        int day = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").indexOf(words[next ? 1 : 0]);
        LocalTime time = LocalTime.parse(words[next ? 2 : 1]);
        return LocalDate.of(2026, 3, 2).plusDays(day + (next ? 7 : 0)).atTime(time).atZone(BERLIN).toInstant();
    }

    private static Duration duration(String iso) {
        return Duration.parse(iso);
    }

    private static List<SlaEvent> sla(Step step) {
        return step.events().stream().map(Emitted::event).toList();
    }

    private static <T> List<T> only(List<?> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private UUID id(SlaTarget target) {
        return ticket.clock(target).clockId();
    }

    @Test
    void opening_a_covered_ticket_starts_first_response_and_resolution_clocks() {
        Step step = ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        assertThat(sla(step)).containsExactly(
                new SlaClockStarted(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, "standard", 1, duration("PT4H"),
                        at("Mon 13:00"), at("Mon 12:00"), at("Mon 09:00")),
                new SlaClockStarted(TICKET, id(RESOLUTION), RESOLUTION, "standard", 1, duration("PT16H"),
                        at("Tue 17:00"), at("Tue 13:00"), at("Mon 09:00")));
        assertThat(step.events()).extracting(Emitted::occurredAt).containsOnly(at("Mon 09:00"));
        assertThat(step.state().clock(NEXT_RESPONSE)).isEmpty();
        assertThat(step.state().nextDue()).isEqualTo(at("Mon 12:00"));
        assertThat(step.state()).extracting(TicketClocks::policyId, TicketClocks::calendarId, TicketClocks::calendarVersion)
                .containsExactly("standard", "office", 1);
    }

    @Test
    void a_ticket_opened_on_friday_evening_is_due_on_monday() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Fri 18:00"));

        assertThat(ticket.clock(FIRST_RESPONSE).deadline()).isEqualTo(at("next Mon 13:00"));
        assertThat(ticket.clock(RESOLUTION).deadline()).isEqualTo(at("next Tue 17:00"));
    }

    @Test
    void the_first_public_agent_reply_meets_the_first_response_clock_with_the_business_time_it_took() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Fri 16:00"));

        Step reply = ticket.apply(events.agentReply(at("next Mon 10:30")));

        assertThat(sla(reply)).containsExactly(
                new SlaMet(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, duration("PT2H30M"), at("next Mon 10:30")));
        assertThat(ticket.clock(FIRST_RESPONSE).outcome()).isEqualTo(Outcome.MET);
        assertThat(ticket.clock(RESOLUTION).isRunning()).isTrue();
        assertThat(ticket.apply(events.agentReply(at("next Mon 11:00"))).events()).isEmpty();
    }

    @Test
    void an_internal_note_changes_nothing() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        TicketClocks before = ticket.state();

        Step note = ticket.apply(events.internalNote(at("Mon 10:00")));

        assertThat(note.events()).isEmpty();
        assertThat(note.state()).isEqualTo(before);
    }

    @Test
    void a_requester_message_before_any_agent_reply_starts_no_next_response_clock() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        assertThat(ticket.apply(events.requesterMessage(at("Mon 10:00"))).events()).isEmpty();
        assertThat(ticket.state().clock(NEXT_RESPONSE)).isEmpty();
    }

    @Test
    void a_requester_message_after_an_agent_reply_starts_a_next_response_clock_that_the_next_reply_meets() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.agentReply(at("Mon 10:00")));

        Step message = ticket.apply(events.requesterMessage(at("Mon 11:00")));
        UUID nextResponse = id(NEXT_RESPONSE);
        Step reply = ticket.apply(events.agentReply(at("Mon 14:00")));

        assertThat(sla(message)).containsExactly(new SlaClockStarted(TICKET, nextResponse, NEXT_RESPONSE, "standard", 1,
                duration("PT8H"), at("Tue 11:00"), at("Mon 17:00"), at("Mon 11:00")));
        assertThat(sla(reply)).containsExactly(
                new SlaMet(TICKET, nextResponse, NEXT_RESPONSE, duration("PT3H"), at("Mon 14:00")));
    }

    @Test
    void while_a_requester_message_waits_for_an_answer_the_oldest_one_counts() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.agentReply(at("Mon 10:00")), events.requesterMessage(at("Mon 11:00")));
        UUID first = id(NEXT_RESPONSE);

        assertThat(ticket.apply(events.requesterMessage(at("Mon 13:00"))).events()).isEmpty();
        assertThat(sla(ticket.apply(events.agentReply(at("Mon 14:00")))))
                .containsExactly(new SlaMet(TICKET, first, NEXT_RESPONSE, duration("PT3H"), at("Mon 14:00")));

        Step nextRound = ticket.apply(events.requesterMessage(at("Mon 15:00")));
        assertThat(only(sla(nextRound), SlaClockStarted.class)).singleElement()
                .satisfies(started -> assertThat(started.clockId()).isNotEqualTo(first))
                .extracting(SlaClockStarted::startedAt).isEqualTo(at("Mon 15:00"));
    }

    @Test
    void waiting_on_the_customer_pauses_the_clocks_and_resuming_moves_the_deadlines_by_the_paused_business_time() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        Step pending = ticket.apply(events.awaitingCustomer(at("Mon 10:00")));
        assertThat(ticket.clock(RESOLUTION).state()).isEqualTo(ClockState.PAUSED);
        assertThat(ticket.advance(at("Mon 13:59")).events()).isEmpty();
        Step resumed = ticket.apply(events.resumed(AGENT, at("Mon 14:00")));

        assertThat(sla(pending)).containsExactly(
                new SlaClockPaused(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, duration("PT3H"), at("Mon 10:00")),
                new SlaClockPaused(TICKET, id(RESOLUTION), RESOLUTION, duration("PT15H"), at("Mon 10:00")));
        // four business hours paused: 13:00 -> 17:00 and Tuesday 17:00 -> Wednesday 13:00
        assertThat(sla(resumed)).containsExactly(
                new SlaClockResumed(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 17:00"), at("Mon 16:00"),
                        at("Mon 14:00")),
                new SlaClockResumed(TICKET, id(RESOLUTION), RESOLUTION, at("Wed 13:00"), at("Tue 17:00"),
                        at("Mon 14:00")));
    }

    @Test
    void a_pause_overnight_moves_the_deadline_by_the_working_hours_of_the_pause_only() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 15:00"));
        assertThat(ticket.clock(FIRST_RESPONSE).deadline()).isEqualTo(at("Tue 11:00"));

        ticket.apply(events.awaitingCustomer(at("Mon 16:00")), events.resumed(AGENT, at("Tue 10:00")));

        // paused 16:00-17:00 and 09:00-10:00 of working time: two hours later than before
        assertThat(ticket.clock(FIRST_RESPONSE).deadline()).isEqualTo(at("Tue 13:00"));
        assertThat(OFFICE.plus(at("Tue 11:00"), OFFICE.between(at("Mon 16:00"), at("Tue 10:00"))))
                .isEqualTo(at("Tue 13:00"));
    }

    @Test
    void the_requesters_answer_to_a_pending_ticket_resumes_the_clocks_and_starts_a_next_response_clock() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.agentReply(at("Mon 10:00")), events.awaitingCustomer(at("Mon 10:00")));

        // ticket-service writes the message, then TicketResumed by the requester
        ticket.apply(events.requesterMessage(at("Tue 09:00")), events.resumed(REQUESTER, at("Tue 09:00")));

        assertThat(ticket.clock(NEXT_RESPONSE)).extracting(SlaClock::state, SlaClock::deadline)
                .containsExactly(ClockState.RUNNING, at("Tue 17:00"));
        assertThat(ticket.clock(RESOLUTION)).extracting(SlaClock::state, SlaClock::deadline)
                .containsExactly(ClockState.RUNNING, at("Wed 16:00"));
    }

    @Test
    void on_hold_does_not_pause_the_clocks_of_a_policy_that_counts_hold_time() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        assertThat(ticket.apply(events.onHold(at("Mon 10:00")), events.resumed(AGENT, at("Mon 11:00"))).events())
                .isEmpty();
        assertThat(ticket.clock(FIRST_RESPONSE).deadline()).isEqualTo(at("Mon 13:00"));
    }

    @Test
    void on_hold_pauses_the_clocks_of_a_policy_that_says_so() {
        ticket.open(INCIDENT, HIGH, at("Mon 09:00"));
        assertThat(ticket.state().policyId()).isEqualTo("incidents");

        Step hold = ticket.apply(events.onHold(at("Mon 09:10")));
        ticket.apply(events.resumed(AGENT, at("Mon 10:00")));

        assertThat(only(sla(hold), SlaClockPaused.class)).extracting(SlaClockPaused::remaining)
                .containsExactly(duration("PT20M"), duration("PT3H50M"));
        assertThat(ticket.clock(FIRST_RESPONSE).deadline()).isEqualTo(at("Mon 10:20"));
    }

    @Test
    void moving_from_on_hold_to_pending_pauses_the_clocks_that_ran_on_hold() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.onHold(at("Mon 10:00")));

        Step pending = ticket.apply(events.awaitingCustomer(at("Mon 11:00")));

        assertThat(only(sla(pending), SlaClockPaused.class)).extracting(SlaClockPaused::remaining)
                .containsExactly(duration("PT2H"), duration("PT14H"));
    }

    @Test
    void resolving_meets_the_resolution_clock_and_stops_the_response_clocks() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.agentReply(at("Mon 10:00")), events.requesterMessage(at("Mon 11:00")));
        UUID nextResponse = id(NEXT_RESPONSE);

        Step resolved = ticket.apply(events.resolved(at("Mon 12:00")));

        assertThat(sla(resolved)).containsExactly(
                new SlaMet(TICKET, id(RESOLUTION), RESOLUTION, duration("PT3H"), at("Mon 12:00")),
                new SlaClockStopped(TICKET, nextResponse, NEXT_RESPONSE, SlaStopReason.TICKET_RESOLVED, false,
                        duration("PT1H"), at("Mon 12:00")));
        assertThat(resolved.state().nextDue()).isNull();
    }

    @Test
    void resolving_before_any_reply_stops_the_first_response_clock_as_not_needed() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.awaitingCustomer(at("Mon 10:00")));

        Step resolved = ticket.apply(events.resolved(at("Tue 10:00")));

        assertThat(sla(resolved)).containsExactly(
                new SlaMet(TICKET, id(RESOLUTION), RESOLUTION, duration("PT1H"), at("Tue 10:00")),
                new SlaClockStopped(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, SlaStopReason.TICKET_RESOLVED, false,
                        duration("PT1H"), at("Tue 10:00")));
    }

    @Test
    void a_reopen_resumes_the_resolution_clock_from_where_it_stopped() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.resolved(at("Mon 12:00")));

        Step reopened = ticket.apply(events.reopened(AGENT, at("Tue 09:00")));
        Step resolvedAgain = ticket.apply(events.resolved(at("Tue 11:00")));

        // 3 of 16 hours used: 13 left from Tuesday 09:00; the warning after 12, so 9 from now
        assertThat(sla(reopened)).first().isEqualTo(new SlaClockResumed(TICKET, id(RESOLUTION), RESOLUTION,
                at("Wed 14:00"), at("Wed 10:00"), at("Tue 09:00")));
        assertThat(sla(resolvedAgain)).contains(
                new SlaMet(TICKET, id(RESOLUTION), RESOLUTION, duration("PT5H"), at("Tue 11:00")));
        // no agent ever answered: the first response, owed again after the reopen, is ended by the resolution again
        assertThat(ticket.clock(FIRST_RESPONSE).outcome()).isEqualTo(Outcome.TICKET_RESOLVED);
    }

    @Test
    void a_resolution_reached_late_stays_breached_when_the_ticket_is_reopened() {
        ticket.open(SERVICE_REQUEST, URGENT, at("Mon 09:00"));
        Step late = ticket.apply(events.resolved(at("Mon 14:00")));

        assertThat(only(sla(late), SlaClockStopped.class)).extracting(SlaClockStopped::target,
                        SlaClockStopped::reason, SlaClockStopped::breached, SlaClockStopped::elapsed)
                .containsExactly(
                        tuple(RESOLUTION, SlaStopReason.REACHED_LATE, true, duration("PT5H")),
                        tuple(FIRST_RESPONSE, SlaStopReason.TICKET_RESOLVED, true,
                                duration("PT5H")));

        Step reopened = ticket.apply(events.reopened(AGENT, at("Tue 09:00")));
        assertThat(sla(reopened)).first().isEqualTo(
                new SlaClockResumed(TICKET, id(RESOLUTION), RESOLUTION, at("Mon 13:00"), null, at("Tue 09:00")));

        Step resolvedAgain = ticket.apply(events.resolved(at("Tue 10:00")));
        assertThat(sla(resolvedAgain)).first().isEqualTo(new SlaClockStopped(TICKET, id(RESOLUTION), RESOLUTION,
                SlaStopReason.REACHED_LATE, true, duration("PT6H"), at("Tue 10:00")));
    }

    @Test
    void closing_stops_every_clock_still_running() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        UUID target = UUID.randomUUID();

        Step closed = ticket.apply(events.merged(target, at("Mon 11:00")), events.closedByMerge(target, at("Mon 11:00")));

        assertThat(sla(closed)).containsExactly(
                new SlaClockStopped(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, SlaStopReason.TICKET_CLOSED, false,
                        duration("PT2H"), at("Mon 11:00")),
                new SlaClockStopped(TICKET, id(RESOLUTION), RESOLUTION, SlaStopReason.TICKET_CLOSED, false,
                        duration("PT2H"), at("Mon 11:00")));
        assertThat(closed.state().phase()).isEqualTo(TicketPhase.CLOSED);
        assertThat(closed.state().nextDue()).isNull();
    }

    @Test
    void nothing_happens_to_a_closed_ticket() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.resolved(at("Mon 10:00")), events.closed(at("Mon 11:00")));
        TicketClocks closed = ticket.state();

        assertThat(ticket.apply(events.agentReply(at("Mon 12:00")), events.priorityChanged(NORMAL, URGENT,
                at("Mon 12:00")), events.reopened(AGENT, at("Mon 12:00"))).events()).isEmpty();
        assertThat(ticket.advance(at("next Mon 09:00")).events()).isEmpty();
        assertThat(ticket.state()).isEqualTo(closed);
    }

    @Test
    void a_priority_raised_gives_the_running_clocks_the_shorter_targets_counted_from_their_start() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        Step raised = ticket.apply(events.priorityChanged(NORMAL, HIGH, at("Mon 09:20")));

        assertThat(sla(raised)).containsExactly(
                new SlaClockRetargeted(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, "standard", 1, duration("PT1H"),
                        at("Mon 10:00"), at("Mon 09:45"), at("Mon 09:20")),
                new SlaClockRetargeted(TICKET, id(RESOLUTION), RESOLUTION, "standard", 1, duration("PT8H"),
                        at("Mon 17:00"), at("Mon 15:00"), at("Mon 09:20")));
    }

    @Test
    void a_shorter_target_already_used_up_breaches_at_the_instant_of_the_change() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        Step raised = ticket.apply(events.priorityChanged(NORMAL, URGENT, at("Mon 10:00")));

        UUID firstResponse = id(FIRST_RESPONSE);
        assertThat(sla(raised)).startsWith(
                new SlaClockRetargeted(TICKET, firstResponse, FIRST_RESPONSE, "standard", 1, duration("PT30M"),
                        at("Mon 10:00"), at("Mon 10:00"), at("Mon 10:00")));
        assertThat(sla(raised)).contains(
                new SlaWarningRaised(TICKET, firstResponse, FIRST_RESPONSE, at("Mon 10:00"), duration("PT-30M"),
                        at("Mon 10:00")),
                new SlaBreached(TICKET, firstResponse, FIRST_RESPONSE, at("Mon 10:00"), at("Mon 10:00")),
                new SlaClockRetargeted(TICKET, id(RESOLUTION), RESOLUTION, "standard", 1, duration("PT4H"),
                        at("Mon 13:00"), at("Mon 12:00"), at("Mon 10:00")));
        assertThat(ticket.clock(FIRST_RESPONSE).breached()).isTrue();
    }

    @Test
    void a_shorter_target_used_up_while_paused_breaches_at_the_instant_of_the_change_not_at_the_resume() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.awaitingCustomer(at("Mon 10:00")));

        Step raised = ticket.apply(events.priorityChanged(NORMAL, URGENT, at("Mon 11:00")));
        Step resolved = ticket.apply(events.resolved(at("Mon 12:00")));

        assertThat(only(sla(raised), SlaBreached.class)).containsExactly(
                new SlaBreached(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 11:00"), at("Mon 11:00")));
        assertThat(only(sla(resolved), SlaClockStopped.class)).extracting(SlaClockStopped::target,
                SlaClockStopped::breached).containsExactly(tuple(FIRST_RESPONSE, true));
        assertThat(only(sla(resolved), SlaMet.class)).extracting(SlaMet::target).containsExactly(RESOLUTION);
    }

    @Test
    void a_paused_clock_takes_its_new_target_and_counts_it_from_the_resume() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.awaitingCustomer(at("Mon 09:30")));

        Step raised = ticket.apply(events.priorityChanged(NORMAL, HIGH, at("Mon 11:00")));
        ticket.apply(events.resumed(AGENT, at("Mon 12:00")));

        assertThat(only(sla(raised), SlaClockRetargeted.class)).extracting(SlaClockRetargeted::targetDuration,
                SlaClockRetargeted::deadline).containsExactly(tuple(duration("PT1H"), null),
                tuple(duration("PT8H"), null));
        assertThat(ticket.clock(FIRST_RESPONSE)).extracting(SlaClock::deadline, SlaClock::warningAt)
                .containsExactly(at("Mon 12:30"), at("Mon 12:15"));
    }

    @Test
    void a_longer_target_moves_the_deadline_but_a_warning_or_breach_already_raised_stays_raised() {
        ticket.open(SERVICE_REQUEST, HIGH, at("Mon 09:00"));
        ticket.advance(at("Mon 15:30"));
        assertThat(only(ticket.emitted().stream().map(Emitted::event).toList(), SlaBreached.class)).hasSize(1);
        assertThat(ticket.clock(RESOLUTION).warned()).isTrue();

        Step lowered = ticket.apply(events.priorityChanged(HIGH, NORMAL, at("Mon 15:30")));

        assertThat(only(sla(lowered), SlaClockRetargeted.class)).extracting(SlaClockRetargeted::target,
                SlaClockRetargeted::targetDuration, SlaClockRetargeted::warningAt).containsExactly(
                tuple(FIRST_RESPONSE, duration("PT4H"), null),
                tuple(RESOLUTION, duration("PT16H"), null));
        assertThat(ticket.clock(FIRST_RESPONSE)).extracting(SlaClock::warned, SlaClock::breached)
                .containsExactly(true, true);
        assertThat(ticket.clock(RESOLUTION).deadline()).isEqualTo(at("Tue 17:00"));
        assertThat(ticket.advance(at("Tue 16:59")).events()).isEmpty();
        assertThat(sla(ticket.advance(at("Tue 17:00")))).containsExactly(
                new SlaBreached(TICKET, id(RESOLUTION), RESOLUTION, at("Tue 17:00"), at("Tue 17:00")));
        assertThat(sla(ticket.apply(events.agentReply(at("Tue 17:30"))))).extracting(SlaEvent::target,
                event -> ((SlaClockStopped) event).reason()).containsExactly(
                tuple(FIRST_RESPONSE, SlaStopReason.REACHED_LATE));
    }

    @Test
    void a_priority_change_that_keeps_the_targets_emits_nothing() {
        InMemoryPolicyBook flat = new InMemoryPolicyBook().with(policy("flat")
                .targets(NORMAL, "PT4H", "PT8H", "PT16H").targets(HIGH, "PT4H", "PT8H", "PT16H").build());
        Ticket flatTicket = new Ticket(new ClockEngine(flat), TICKET);
        flatTicket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        TicketClocks before = flatTicket.state();

        Step changed = flatTicket.apply(flatTicket.events().priorityChanged(NORMAL, HIGH, at("Mon 10:00")));

        assertThat(changed.events()).isEmpty();
        assertThat(changed.state().clocks()).isEqualTo(before.clocks());
        assertThat(changed.state().priority()).isEqualTo(HIGH);
    }

    @Test
    void a_type_change_moves_the_clocks_to_the_other_policy_and_its_calendar() {
        ticket.open(SERVICE_REQUEST, HIGH, at("Fri 16:00"));

        Step categorized = ticket.apply(events.categorized(INCIDENT, at("Fri 16:10")));

        // 10 minutes used in office hours; the rest counts around the clock under the incident targets
        assertThat(sla(categorized)).containsExactly(
                new SlaClockRetargeted(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, "incidents", 1, duration("PT30M"),
                        at("Fri 16:30"), at("Fri 16:22:30"), at("Fri 16:10")),
                new SlaClockRetargeted(TICKET, id(RESOLUTION), RESOLUTION, "incidents", 1, duration("PT4H"),
                        at("Fri 20:00"), at("Fri 19:00"), at("Fri 16:10")));
        assertThat(categorized.state()).extracting(TicketClocks::policyId, TicketClocks::calendarId)
                .containsExactly("incidents", null);
        assertThat(only(sla(ticket.advance(at("Fri 20:00"))), SlaBreached.class)).extracting(SlaBreached::target,
                SlaBreached::breachedAt).containsExactly(
                tuple(FIRST_RESPONSE, at("Fri 16:30")),
                tuple(RESOLUTION, at("Fri 20:00")));
    }

    @Test
    void a_type_change_moves_the_ticket_to_the_best_ranked_policy_even_when_its_own_still_covers_it() {
        InMemoryPolicyBook ranked = new InMemoryPolicyBook().with(
                policy("general").rank(100).targets(HIGH, "PT8H", "PT8H", "PT24H").build(),
                policy("incidents").rank(10).types(INCIDENT).targets(HIGH, "PT30M", "-", "PT4H").build());
        Ticket general = new Ticket(new ClockEngine(ranked), TICKET);
        general.open(SERVICE_REQUEST, HIGH, at("Mon 09:00"));
        assertThat(general.state().policyId()).isEqualTo("general");

        Step categorized = general.apply(general.events().categorized(INCIDENT, at("Mon 09:10")));

        assertThat(categorized.state().policyId()).isEqualTo("incidents");
        assertThat(only(sla(categorized), SlaClockRetargeted.class)).extracting(SlaClockRetargeted::policyId,
                SlaClockRetargeted::targetDuration).containsExactly(
                tuple("incidents", duration("PT30M")),
                tuple("incidents", duration("PT4H")));
    }

    @Test
    void a_clock_the_new_policy_does_not_measure_keeps_its_target_counted_in_the_new_calendar() {
        ticket.open(SERVICE_REQUEST, HIGH, at("Fri 16:00"));
        ticket.apply(events.agentReply(at("Fri 16:05")), events.requesterMessage(at("Fri 16:10")));
        assertThat(ticket.clock(NEXT_RESPONSE).deadline()).isEqualTo(at("next Mon 10:10"));

        Step categorized = ticket.apply(events.categorized(INCIDENT, at("Fri 16:20")));

        // 10 of 2 hours used in office hours, the other 110 minutes around the clock
        assertThat(only(sla(categorized), SlaClockRetargeted.class)).contains(new SlaClockRetargeted(TICKET,
                id(NEXT_RESPONSE), NEXT_RESPONSE, "incidents", 1, duration("PT2H"), at("Fri 18:10"), at("Fri 17:40"),
                at("Fri 16:20")));
        assertThat(only(sla(ticket.advance(at("Fri 18:10"))), SlaBreached.class)).extracting(SlaBreached::target)
                .contains(NEXT_RESPONSE);
    }

    @Test
    void a_ticket_no_policy_covers_gets_clocks_from_the_change_that_brings_it_under_one() {
        Step opened = ticket.open(INQUIRY, NORMAL, at("Mon 09:00"));
        assertThat(opened.events()).isEmpty();
        assertThat(opened.state().policyId()).isNull();
        assertThat(ticket.apply(events.agentReply(at("Mon 10:00")), events.priorityChanged(NORMAL, HIGH, at("Mon 10:30")),
                events.awaitingCustomer(at("Mon 10:40")), events.resumed(AGENT, at("Mon 10:50"))).events()).isEmpty();

        Step categorized = ticket.apply(events.categorized(SERVICE_REQUEST, at("Mon 11:00")));

        // an agent already answered: only the resolution clock starts, from the change
        assertThat(sla(categorized)).containsExactly(new SlaClockStarted(TICKET, id(RESOLUTION), RESOLUTION, "standard",
                1, duration("PT8H"), at("Tue 11:00"), at("Mon 17:00"), at("Mon 11:00")));
        assertThat(ticket.state().clock(FIRST_RESPONSE)).isEmpty();
    }

    @Test
    void an_assignment_to_a_team_with_office_hours_moves_the_deadlines_of_a_policy_without_a_calendar() {
        ticket.open(INCIDENT, HIGH, at("Fri 16:00"));

        Step assigned = ticket.apply(events.assigned("first-line", at("Fri 16:10")));

        // 10 minutes used around the clock; the rest counts in office hours, 50 minutes of it this Friday
        assertThat(sla(assigned)).containsExactly(
                new SlaClockRetargeted(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, "incidents", 1, duration("PT30M"),
                        at("Fri 16:30"), at("Fri 16:22:30"), at("Fri 16:10")),
                new SlaClockRetargeted(TICKET, id(RESOLUTION), RESOLUTION, "incidents", 1, duration("PT4H"),
                        at("next Mon 12:00"), at("next Mon 11:00"), at("Fri 16:10")));
        assertThat(assigned.state()).extracting(TicketClocks::teamId, TicketClocks::calendarId,
                TicketClocks::calendarVersion).containsExactly("first-line", "office", 1);
        assertThat(only(sla(ticket.advance(at("Sat 12:00"))), SlaBreached.class)).extracting(SlaBreached::target)
                .containsExactly(FIRST_RESPONSE);
    }

    @Test
    void a_policy_with_a_calendar_of_its_own_ignores_the_teams() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        List<SlaClock> before = ticket.state().clocks();

        Step assigned = ticket.apply(events.assigned("us-desk", at("Mon 10:00")));

        assertThat(assigned.events()).isEmpty();
        assertThat(assigned.state().clocks()).isEqualTo(before);
        assertThat(assigned.state()).extracting(TicketClocks::teamId, TicketClocks::calendarId)
                .containsExactly("us-desk", "office");
    }

    @Test
    void a_reassignment_to_a_team_without_a_calendar_counts_around_the_clock_again() {
        ticket.open(INCIDENT, HIGH, at("Fri 16:00"));
        ticket.apply(events.assigned("first-line", at("Fri 16:00")), events.agentReply(at("Fri 16:05")));

        Step reassigned = ticket.apply(events.assigned("night-shift", at("Fri 18:00")));

        // an hour used in office hours (16:00-17:00), the other three from 18:00 around the clock
        assertThat(sla(reassigned)).containsExactly(new SlaClockRetargeted(TICKET, id(RESOLUTION), RESOLUTION,
                "incidents", 1, duration("PT4H"), at("Fri 21:00"), at("Fri 20:00"), at("Fri 18:00")));
        assertThat(reassigned.state()).extracting(TicketClocks::teamId, TicketClocks::calendarId)
                .containsExactly("night-shift", null);
    }

    @Test
    void assigning_the_same_team_again_changes_nothing() {
        ticket.open(INCIDENT, HIGH, at("Mon 09:00"));
        ticket.apply(events.assigned("first-line", at("Mon 09:00")));
        TicketClocks before = ticket.state();

        Step again = ticket.apply(events.assigned("first-line", at("Mon 09:05")));

        assertThat(again.events()).isEmpty();
        assertThat(again.state()).isEqualTo(before);
    }

    @Test
    void a_move_to_another_team_with_the_same_calendar_changes_only_the_team() {
        ticket.open(INCIDENT, HIGH, at("Mon 09:00"));
        ticket.apply(events.assigned("first-line", at("Mon 09:00")));
        List<SlaClock> before = ticket.state().clocks();

        Step moved = ticket.apply(events.assigned("second-line", at("Mon 09:10")));

        assertThat(moved.events()).isEmpty();
        assertThat(moved.state().clocks()).isEqualTo(before);
        assertThat(moved.state().teamId()).isEqualTo("second-line");
    }

    @Test
    void a_paused_clock_moved_to_a_teams_calendar_has_no_deadline_until_it_resumes_in_that_calendar() {
        ticket.open(INCIDENT, HIGH, at("Fri 16:00"));
        ticket.apply(events.onHold(at("Fri 16:10")));

        Step assigned = ticket.apply(events.assigned("first-line", at("Fri 16:20")));
        Step resumed = ticket.apply(events.resumed(AGENT, at("next Mon 09:00")));

        assertThat(only(sla(assigned), SlaClockRetargeted.class)).extracting(SlaClockRetargeted::target,
                SlaClockRetargeted::deadline, SlaClockRetargeted::warningAt).containsExactly(
                tuple(FIRST_RESPONSE, null, null), tuple(RESOLUTION, null, null));
        assertThat(only(sla(resumed), SlaClockResumed.class)).extracting(SlaClockResumed::target,
                SlaClockResumed::deadline).containsExactly(
                tuple(FIRST_RESPONSE, at("next Mon 09:20")), tuple(RESOLUTION, at("next Mon 12:50")));
    }

    @Test
    void clocks_that_start_after_the_assignment_count_in_the_teams_calendar_from_their_start() {
        ticket.open(INCIDENT, NORMAL, at("Fri 09:00"));
        ticket.apply(events.assigned("first-line", at("Fri 09:00")));

        Step covered = ticket.apply(events.priorityChanged(NORMAL, HIGH, at("Fri 16:00")));

        assertThat(only(sla(covered), SlaClockStarted.class)).extracting(SlaClockStarted::target,
                SlaClockStarted::deadline).containsExactly(
                tuple(FIRST_RESPONSE, at("Fri 16:30")), tuple(RESOLUTION, at("next Mon 12:00")));
        assertThat(covered.state().calendarId()).isEqualTo("office");
    }

    @Test
    void the_timer_raises_the_warning_and_the_breach_at_their_true_instants_even_after_downtime() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        assertThat(ticket.advance(at("Mon 11:59")).events()).isEmpty();

        Step late = ticket.advance(at("next Mon 09:00"));

        assertThat(late.events()).extracting(Emitted::occurredAt)
                .containsExactly(at("Mon 12:00"), at("Mon 13:00"), at("Tue 13:00"), at("Tue 17:00"));
        assertThat(sla(late)).containsExactly(
                new SlaWarningRaised(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 13:00"), duration("PT1H"),
                        at("Mon 12:00")),
                new SlaBreached(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 13:00"), at("Mon 13:00")),
                new SlaWarningRaised(TICKET, id(RESOLUTION), RESOLUTION, at("Tue 17:00"), duration("PT4H"),
                        at("Tue 13:00")),
                new SlaBreached(TICKET, id(RESOLUTION), RESOLUTION, at("Tue 17:00"), at("Tue 17:00")));
        assertThat(late.state().nextDue()).isNull();
        assertThat(ticket.advance(at("next Tue 09:00")).events()).isEmpty();
    }

    @Test
    void an_event_after_a_deadline_raises_the_breach_before_it_is_applied() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        Step reply = ticket.apply(events.agentReply(at("Mon 14:00")));

        assertThat(sla(reply)).containsExactly(
                new SlaWarningRaised(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 13:00"), duration("PT1H"),
                        at("Mon 12:00")),
                new SlaBreached(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, at("Mon 13:00"), at("Mon 13:00")),
                new SlaClockStopped(TICKET, id(FIRST_RESPONSE), FIRST_RESPONSE, SlaStopReason.REACHED_LATE, true,
                        duration("PT5H"), at("Mon 14:00")));
    }

    @Test
    void a_reply_at_the_very_instant_of_the_deadline_is_late_whether_or_not_the_timer_ran_first() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        ticket.apply(events.agentReply(at("Mon 13:00")));

        Ticket timerFirst = new Ticket(new ClockEngine(book), TICKET);
        timerFirst.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
        timerFirst.advance(at("Mon 13:00"));
        timerFirst.apply(timerFirst.events().agentReply(at("Mon 13:00")));

        assertThat(ticket.emitted()).isEqualTo(timerFirst.emitted());
        assertThat(ticket.clock(FIRST_RESPONSE).outcome()).isEqualTo(Outcome.REACHED_LATE);
    }

    @Test
    void a_redelivered_opening_changes_nothing() {
        Step first = ticket.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));

        Step again = ticket.apply(events.opened(SERVICE_REQUEST, NORMAL, "acme", at("Mon 09:00")));
        Step later = ticket.apply(events.opened(INCIDENT, URGENT, "acme", at("Mon 10:00")));

        assertThat(again.events()).isEmpty();
        assertThat(later.events()).isEmpty();
        assertThat(ticket.state()).isEqualTo(first.state());
    }

    @Test
    void events_of_a_ticket_never_seen_opened_change_nothing() {
        ClockEngine engine = new ClockEngine(book);

        Step step = engine.apply(null, events.agentReply(at("Mon 09:00")).event(), at("Mon 09:00"));

        assertThat(step.state()).isNull();
        assertThat(step.events()).isEmpty();
        assertThat(engine.advance(null, at("Mon 10:00")).events()).isEmpty();
    }

    @Test
    void event_and_clock_ids_are_the_same_on_every_run_and_never_repeat() {
        Ticket again = new Ticket(new ClockEngine(book), TICKET);
        for (Ticket run : List.of(ticket, again)) {
            TicketEvents its = run.events();
            run.open(SERVICE_REQUEST, NORMAL, at("Mon 09:00"));
            run.apply(its.agentReply(at("Mon 10:00")), its.requesterMessage(at("Mon 11:00")),
                    its.agentReply(at("Mon 12:00")), its.requesterMessage(at("Mon 13:00")));
            run.advance(at("Wed 09:00"));
        }

        assertThat(ticket.emitted()).isEqualTo(again.emitted());
        assertThat(ticket.emitted()).extracting(Emitted::eventId).doesNotHaveDuplicates();
        assertThat(ticket.emitted()).extracting(emitted -> emitted.event().clockId()).doesNotContainNull();
        assertThat(only(ticket.emitted().stream().map(Emitted::event).toList(), SlaClockStarted.class))
                .extracting(SlaClockStarted::clockId).doesNotHaveDuplicates().hasSize(4);
    }

    private Ticket escalating(Priority priority) {
        InMemoryPolicyBook escalations = new InMemoryPolicyBook().with(OFFICE, SINCE_2026).with(policy("escalating")
                .calendar("office")
                .targets(LOW, "PT4H", "PT8H", "PT16H").targets(NORMAL, "PT4H", "PT8H", "PT16H")
                .targets(HIGH, "PT4H", "PT8H", "PT16H").targets(URGENT, "PT4H", "PT8H", "PT16H")
                .escalation(escalate(WARNING, FIRST_RESPONSE, null))
                .escalation(raisePriority(BREACH, null, HIGH))
                .escalation(escalate(BREACH, null, "tier-2"))
                .escalation(raisePriority(BREACH, FIRST_RESPONSE, HIGH))
                .build());
        Ticket escalated = new Ticket(new ClockEngine(escalations), TICKET);
        escalated.open(SERVICE_REQUEST, priority, at("Mon 09:00"));
        return escalated;
    }

    @Test
    void a_warning_rule_asks_for_an_escalation_triggered_by_the_warning() {
        Ticket escalated = escalating(NORMAL);

        Step warning = escalated.advance(at("Mon 12:00"));

        assertThat(warning.commands()).singleElement().isInstanceOfSatisfying(EscalateTicket.class, escalate -> {
            assertThat(escalate.trigger()).isEqualTo(EscalationTrigger.SLA_WARNING);
            assertThat(escalate.targetTeamId()).isNull();
            assertThat(escalate.ticketId()).isEqualTo(TICKET);
            assertThat(escalate.issuedBy()).isEqualTo(Escalation.SLA_SERVICE);
            assertThat(escalate.issuedAt()).isEqualTo(at("Mon 12:00"));
            assertThat(escalate.reason()).contains("FIRST_RESPONSE", "escalating v1");
        });
    }

    @Test
    void a_breach_raises_the_priority_once_and_asks_for_the_escalation_team() {
        Ticket escalated = escalating(NORMAL);
        escalated.advance(at("Mon 12:00"));

        Step breach = escalated.advance(at("Mon 13:00"));

        assertThat(breach.commands()).hasSize(2);
        assertThat(only(breach.commands(), ChangeTicketPriority.class)).singleElement()
                .extracting(ChangeTicketPriority::priority, ChangeTicketPriority::issuedAt)
                .containsExactly(HIGH, at("Mon 13:00"));
        assertThat(only(breach.commands(), EscalateTicket.class)).singleElement()
                .extracting(EscalateTicket::trigger, EscalateTicket::targetTeamId)
                .containsExactly(EscalationTrigger.SLA_BREACH, "tier-2");
    }

    @Test
    void escalation_never_lowers_the_priority() {
        Ticket escalated = escalating(URGENT);

        Step breach = escalated.advance(at("Mon 13:00"));

        assertThat(only(breach.commands(), ChangeTicketPriority.class)).isEmpty();
        assertThat(only(breach.commands(), EscalateTicket.class)).hasSize(2);
    }

    @Test
    void the_priority_is_asked_for_once_until_the_tickets_priority_changes() {
        Ticket escalated = escalating(NORMAL);
        escalated.advance(at("Mon 13:00"));
        TicketEvents its = escalated.events();

        Step secondBreach = escalated.advance(at("Tue 17:00"));
        assertThat(only(secondBreach.commands(), ChangeTicketPriority.class)).isEmpty();

        // a person puts the priority back; the next breach asks again
        escalated.apply(its.priorityChanged(NORMAL, LOW, at("Wed 09:00")));
        escalated.apply(its.agentReply(at("Wed 09:00")), its.requesterMessage(at("Wed 10:00")));
        Step nextResponseBreach = escalated.advance(at("Thu 10:00"));
        assertThat(only(nextResponseBreach.commands(), ChangeTicketPriority.class)).extracting(
                ChangeTicketPriority::priority).containsExactly(HIGH);
    }

    @Test
    void escalation_commands_have_the_same_ids_on_every_run() {
        Ticket once = escalating(NORMAL);
        Ticket twice = escalating(NORMAL);
        once.advance(at("next Mon 09:00"));
        // the timer may come at any time: the commands do not depend on when
        for (String when : List.of("Mon 12:30", "Mon 13:00", "Tue 14:00", "next Mon 09:00")) {
            twice.advance(at(when));
        }

        assertThat(once.commands()).isEqualTo(twice.commands());
        assertThat(once.commands()).extracting(TicketCommand::commandId).doesNotHaveDuplicates();
    }
}
