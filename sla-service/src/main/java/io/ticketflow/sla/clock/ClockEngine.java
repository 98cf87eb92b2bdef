package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.agreement.SlaPolicy;

import java.time.Instant;
import java.util.Optional;

/**
 * Folds ticket events and the passing of time into SLA clocks. Every answer depends only on the state, the event
 * (or the instant) and the stored policy and calendar versions, so it can be recomputed at any time.
 *
 * <p>The rules: first-response and resolution clocks start when the ticket opens under the covering policy; an
 * agent's public reply meets the response clocks; a requester's public message after an agent replied starts a
 * next-response clock (unless one runs: the oldest unanswered message counts); waiting on the customer pauses
 * every clock, and so does on-hold when the policy says so; resolving meets the resolution clock and ends the
 * response clocks; a reopen resumes the resolution clock and the response clocks the resolution ended; closing
 * ends everything; a priority or type change
 * re-targets the running and paused clocks. A ticket no policy covers gets clocks from the first change that
 * brings it under one. Business time counts in the policy's calendar; under a policy without one, in the calendar of
 * the team the ticket is assigned to, if it has one, else around the clock; an assignment to a team whose calendar
 * differs re-targets the running and paused clocks in it.
 */
public final class ClockEngine {

    private final PolicyBook book;

    public ClockEngine(PolicyBook book) {
        this.book = book;
    }

    /** Starts the clocks of a newly opened ticket; a redelivered opening of a known ticket changes nothing. */
    public Step open(TicketClocks known, TicketOpened opened, Instant at) {
        if (known != null) {
            return Step.nothing(known);
        }
        String organisation = opened.requester() == null ? null : opened.requester().organisation();
        TicketClocks fresh = new TicketClocks(opened.ticketId(), opened.type(), opened.priority(), organisation,
                null, TicketPhase.ACTIVE, null, 0, null, 0, false, 0, 0, null, null);
        ClockRun run = new ClockRun(book, fresh, null);
        Optional<SlaPolicy> policy = book.covering(opened.type(), opened.priority(), organisation, at);
        policy.ifPresent(covering -> run.adopt(covering, at));
        return run.finish();
    }

    /**
     * Applies one ticket event that happened at {@code at}, after raising every warning and breach due at or before
     * it: a deadline is the first instant of the breach, so a reply at the deadline is late whether the timer got
     * there first or not. What the event itself makes due at once (a target cut below the time used) is raised in
     * the same step. Events of tickets without state (never seen opened) and of closed tickets change nothing.
     */
    public Step apply(TicketClocks state, Object event, Instant at) {
        if (event instanceof TicketOpened opened) {
            return open(state, opened, at);
        }
        if (state == null || state.phase() == TicketPhase.CLOSED) {
            return Step.nothing(state);
        }
        ClockRun run = new ClockRun(book, state, state.policyId() == null ? null
                : book.policy(state.policyId(), state.policyVersion()));
        run.fireDueUntil(at);
        if (event instanceof MessageAdded message && message.visibility() == MessageVisibility.PUBLIC_REPLY) {
            if (message.author().kind() == ActorKind.AGENT) {
                run.agentReplied(at);
            } else if (message.author().kind() == ActorKind.CUSTOMER) {
                run.requesterWrote(at);
            }
        } else if (event instanceof TicketAwaitingCustomer) {
            run.phase(TicketPhase.PENDING, at);
        } else if (event instanceof TicketPutOnHold) {
            run.phase(TicketPhase.ON_HOLD, at);
        } else if (event instanceof TicketResumed) {
            run.phase(TicketPhase.ACTIVE, at);
        } else if (event instanceof TicketResolved) {
            run.resolved(at);
        } else if (event instanceof TicketReopened) {
            run.reopened(at);
        } else if (event instanceof TicketClosed) {
            run.closed(at);
        } else if (event instanceof TicketPriorityChanged changed) {
            run.priorityChanged(changed.to(), at);
        } else if (event instanceof TicketCategorized categorized && categorized.type() != null
                && categorized.type() != state.type()) {
            run.refacts(categorized.type(), state.priority(), at);
        } else if (event instanceof TicketAssigned assigned) {
            run.assigned(assigned.teamId(), at);
        }
        // tags, links, ratings, escalations: no clock depends on them
        run.fireDueUntil(at);
        return run.finish();
    }

    /** Raises every warning and breach due at or before {@code until}: what the timer does for a quiet ticket. */
    public Step advance(TicketClocks state, Instant until) {
        if (state == null || state.policyId() == null) {
            return Step.nothing(state);
        }
        ClockRun run = new ClockRun(book, state, book.policy(state.policyId(), state.policyVersion()));
        run.fireDueUntil(until);
        return run.finish();
    }

    /** Which targets a policy starts when a ticket comes under it (next-response clocks start on messages). */
    static boolean startsWithTicket(SlaTarget target) {
        return target != SlaTarget.NEXT_RESPONSE;
    }
}
