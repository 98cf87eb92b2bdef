package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the clocks of one ticket depend on, as stored between events: the ticket facts policies match on,
 * the pinned policy and calendar versions, and the clocks. The state is what the event history folds into, so a
 * replay that starts from nothing reaches the same state.
 *
 * @param organisation     the requester's organisation (policies may match on it); not personal data
 * @param teamId           the team the ticket was last assigned to; its calendar counts when the policy has none.
 *                         Null until the first assignment (and in state stored before teams had calendars)
 * @param policyId         the covering policy; null while no policy covers the ticket
 * @param calendarId       the calendar the clocks count in (the policy's, else the team's); null counts around the
 *                         clock
 * @param agentReplied     an agent has answered publicly (so requester messages start next-response clocks)
 * @param nextResponseRounds how many next-response clocks were started (numbers the next one's id)
 * @param emitted          how many SLA events were emitted (numbers the next one's id)
 * @param requestedPriority the highest priority escalation rules asked for since the ticket's priority last
 *                         changed; null when none, so no rule asks for it again
 * @param clocks           the current clock per target, at most one each
 */
public record TicketClocks(UUID ticketId, TicketType type, Priority priority, String organisation, String teamId,
        TicketPhase phase, String policyId, int policyVersion, String calendarId, int calendarVersion, boolean agentReplied,
        int nextResponseRounds, long emitted, Priority requestedPriority, List<SlaClock> clocks) {

    public TicketClocks {
        Objects.requireNonNull(ticketId, "ticketId");
        clocks = clocks == null ? List.of() : List.copyOf(clocks);
    }

    public Optional<SlaClock> clock(SlaTarget target) {
        return clocks.stream().filter(clock -> clock.target() == target).findFirst();
    }

    /** The earliest warning or breach due on any clock; null when nothing is due (the timer is off). */
    public Instant nextDue() {
        Instant next = null;
        for (SlaClock clock : clocks) {
            Instant due = clock.nextDue();
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }
}
