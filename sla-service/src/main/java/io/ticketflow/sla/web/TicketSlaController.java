package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.clock.SlaClock;
import io.ticketflow.sla.clock.TicketClocks;
import io.ticketflow.sla.timer.ClockStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** {@code GET /api/sla/tickets/{id}}: a ticket's clocks as of now, with business time used and left. */
@RestController
@RequestMapping("/api/sla/tickets")
class TicketSlaController {

    private final ClockStore store;
    private final PolicyBook book;
    private final Clock clock;

    TicketSlaController(ClockStore store, PolicyBook book, Clock clock) {
        this.store = store;
        this.book = book;
        this.clock = clock;
    }

    @GetMapping("/{ticketId}")
    ResponseEntity<?> clocks(@PathVariable UUID ticketId) {
        return store.find(ticketId)
                .<ResponseEntity<?>>map(state -> ResponseEntity.ok(view(state, clock.instant())))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "sla-service has seen no ticket " + ticketId + " opened");
                    problem.setTitle("Unknown ticket");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }

    private TicketSlaResource view(TicketClocks state, Instant now) {
        BusinessCalendar calendar = state.policyId() == null ? BusinessCalendar.ALWAYS
                : book.calendar(state.calendarId(), state.calendarVersion());
        return new TicketSlaResource(state.ticketId(), state.teamId(), state.policyId(),
                state.policyId() == null ? null : state.policyVersion(),
                state.policyId() == null ? null : calendar.id(),
                state.policyId() == null ? null : state.calendarVersion(), state.phase().name(), now,
                state.clocks().stream().map(slaClock -> clockView(slaClock, calendar, now)).toList());
    }

    private static TicketSlaResource.ClockResource clockView(SlaClock clock, BusinessCalendar calendar, Instant now) {
        String state = clock.outcome() != null ? clock.outcome().name() : clock.state().name();
        return new TicketSlaResource.ClockResource(clock.clockId(), clock.target(), state, clock.breached(),
                clock.warned(), clock.targetDuration(), clock.startedAt(), clock.deadline(), clock.warningAt(),
                clock.elapsedAt(now, calendar), clock.isActive() ? clock.remainingAt(now, calendar) : null);
    }
}
