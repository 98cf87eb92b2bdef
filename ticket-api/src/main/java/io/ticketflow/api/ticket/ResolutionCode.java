package io.ticketflow.api.ticket;

/** How a ticket was resolved; reporting groups resolution figures by it. */
public enum ResolutionCode {
    SOLVED, WORKAROUND_PROVIDED, DUPLICATE, NOT_REPRODUCIBLE, WONT_FIX, NO_RESPONSE
}
