package io.ticketflow.api.sla;

/** What an SLA clock measures: time to the first agent reply, to the next reply, or to resolution. */
public enum SlaTarget {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
}
