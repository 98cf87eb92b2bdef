package io.ticketflow.sla.clock;

import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static io.ticketflow.api.sla.SlaTarget.RESOLUTION;
import static io.ticketflow.api.ticket.Priority.HIGH;
import static io.ticketflow.api.ticket.Priority.NORMAL;
import static io.ticketflow.api.ticket.TicketType.INCIDENT;
import static io.ticketflow.api.ticket.TicketType.SERVICE_REQUEST;
import static io.ticketflow.sla.calendar.Calendars.BERLIN;
import static io.ticketflow.sla.clock.Policies.SINCE_2026;
import static io.ticketflow.sla.clock.Policies.policy;
import static io.ticketflow.sla.clock.TicketEvents.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases a review found the engine got wrong: each failed before its fix. */
class ClockEdgeCasesTest {

    private static final UUID TICKET = UUID.fromString("0b7d2c55-5f0e-4a7c-9a51-4c1d3f0a0009");
    private static final BusinessCalendar OFFICE = Calendars.in(BERLIN).id("office", 1).weekdays("09:00-17:00").build();

    private final InMemoryPolicyBook book = new InMemoryPolicyBook()
            .with(OFFICE, SINCE_2026)
            .with(policy("standard").types(SERVICE_REQUEST).calendar("office")        // ON_HOLD counts
                            .targets(HIGH, "PT1H", "PT2H", "PT8H").targets(NORMAL, "PT4H", "PT8H", "PT16H").build(),
                    policy("incidents").rank(10).types(INCIDENT).pauseOnHold()      // ON_HOLD pauses
                            .targets(HIGH, "PT30M", "-", "PT4H").build());
    private final Ticket ticket = new Ticket(new ClockEngine(book), TICKET);
    private final TicketEvents events = ticket.events();

    private static Instant at(String hhmm) {
        return LocalDate.of(2026, 3, 2).atTime(LocalTime.parse(hhmm)).atZone(BERLIN).toInstant();
    }

    @Test
    void a_type_change_while_on_hold_to_a_policy_that_counts_hold_time_then_a_resume_leaves_clocks_running() {
        ticket.open(INCIDENT, HIGH, at("09:00"));
        ticket.apply(events.onHold(at("09:10")));                   // incidents: paused
        ticket.apply(events.categorized(SERVICE_REQUEST, at("09:20"))); // standard: on hold counts
        ticket.apply(events.resumed(AGENT, at("09:30")));           // ACTIVE again

        assertThat(ticket.state().phase()).isEqualTo(TicketPhase.ACTIVE);
        assertThat(ticket.clock(RESOLUTION).state()).as("resolution clock after resume").isEqualTo(ClockState.RUNNING);
        assertThat(ticket.state().nextDue()).as("a timer is set").isNotNull();
    }

    @Test
    void a_valid_policy_target_on_a_valid_calendar_can_be_scheduled() {
        // both pass validation: 1 h of work a week, and a 30-day target (P366D is the documented maximum)
        BusinessCalendar weekly = Calendars.in(BERLIN).id("weekly", 1).on(DayOfWeek.MONDAY, "09:00-10:00").build();
        // 720 hours at one hour a week: 720 Mondays later, 10:00 (the first Monday counts from 09:00)
        Instant deadline = weekly.plus(at("09:00"), Duration.ofDays(30));
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 3, 2).plusWeeks(719).atTime(10, 0).atZone(BERLIN).toInstant());
        assertThat(weekly.between(at("09:00"), deadline)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void a_ticket_without_organisation_is_covered_when_some_policy_names_organisations() {
        InMemoryPolicyBook withOrgPolicy = new InMemoryPolicyBook()
                .with(policy("acme-only").rank(1).organisations("acme").targets(HIGH, "PT1H", "PT2H", "PT8H").build(),
                        policy("default").rank(1000).targets(HIGH, "PT4H", "PT8H", "PT24H").build());
        ClockEngine engine = new ClockEngine(withOrgPolicy);
        TicketEvents ev = new TicketEvents(TICKET);
        Timed opened = ev.opened(INCIDENT, HIGH, null, at("09:00")); // Requester.organisation "may be null"
        Step step = engine.apply(null, opened.event(), opened.at());
        assertThat(step.state().policyId()).isEqualTo("default");
    }

    @Test
    void a_ticket_reopened_by_its_requester_before_any_agent_reply_has_a_response_clock() {
        ticket.open(SERVICE_REQUEST, NORMAL, at("09:00"));
        ticket.apply(events.resolved(at("09:30")));                         // closed out without a reply
        ticket.apply(events.reopened(TicketEvents.REQUESTER, at("10:00")));
        ticket.apply(events.requesterMessage(at("10:00")));                // "still broken"
        assertThat(ticket.state().clocks()).filteredOn(c -> c.target() != RESOLUTION && c.isActive())
                .as("a running response clock").isNotEmpty();
    }
}
