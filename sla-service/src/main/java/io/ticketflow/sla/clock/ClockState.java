package io.ticketflow.sla.clock;

/** Whether a clock counts time now. A stopped clock may run again: a reopened ticket resumes its resolution clock. */
public enum ClockState {
    RUNNING, PAUSED, STOPPED
}
