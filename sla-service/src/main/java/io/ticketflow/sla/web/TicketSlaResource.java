package io.ticketflow.sla.web;

import io.ticketflow.api.sla.SlaTarget;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket's SLA as {@code GET /api/sla/tickets/{id}} answers it.
 *
 * @param teamId     the team the ticket was last assigned to (its calendar counts when the policy has none)
 * @param policyId   the covering policy; null when none covers the ticket (then there are no clocks)
 * @param phase      ACTIVE, PENDING, ON_HOLD, RESOLVED or CLOSED, as far as the clocks are concerned
 * @param asOf       the instant elapsed and remaining business time are computed for
 */
record TicketSlaResource(UUID ticketId, String teamId, String policyId, Integer policyVersion, String calendarId,
        Integer calendarVersion, String phase, Instant asOf, List<ClockResource> clocks) {

    /**
     * @param state     RUNNING or PAUSED while active; MET, REACHED_LATE, TICKET_RESOLVED or TICKET_CLOSED once
     *                  stopped
     * @param deadline  when the target runs out (or ran out, once breached); null while paused
     * @param warningAt when the warning is due; null once raised or while not running
     * @param elapsed   business time used, pauses excluded
     * @param remaining business time left, negative past the deadline; null once stopped
     */
    record ClockResource(UUID clockId, SlaTarget target, String state, boolean breached, boolean warned,
            Duration targetDuration, Instant startedAt, Instant deadline, Instant warningAt, Duration elapsed,
            Duration remaining) {
    }
}
