package io.ticketflow.sla.clock;

/** The part of a ticket's status the clocks care about. */
public enum TicketPhase {
    /** New or open: the clocks run. */
    ACTIVE,
    /** Waiting on the customer: the clocks pause. */
    PENDING,
    /** Parked: the clocks pause when the policy says so. */
    ON_HOLD,
    /** The resolution clock stopped; a reopen resumes it. */
    RESOLVED,
    /** Final: no clock runs again. */
    CLOSED
}
