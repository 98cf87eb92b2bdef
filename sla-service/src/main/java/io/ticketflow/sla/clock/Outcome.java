package io.ticketflow.sla.clock;

/** How a stopped clock ended; see {@code SlaMet} and {@code SlaClockStopped}. */
public enum Outcome {
    MET, REACHED_LATE, TICKET_RESOLVED, TICKET_CLOSED
}
