package io.ticketflow.api.sla;

/** Why a clock stopped without meeting its target in time (see {@link SlaClockStopped}). */
public enum SlaStopReason {
    /** The target was reached, but after the deadline; the clock had breached. */
    REACHED_LATE,
    /** The ticket was resolved before a response clock's target was reached (no reply was needed). */
    TICKET_RESOLVED,
    /** The ticket was closed (or merged away) while the clock ran. */
    TICKET_CLOSED
}
