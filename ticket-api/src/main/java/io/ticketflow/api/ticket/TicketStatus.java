package io.ticketflow.api.ticket;

/** The lifecycle state of a ticket, as derived from its events. */
public enum TicketStatus {
    NEW, OPEN, PENDING, ON_HOLD, RESOLVED, CLOSED
}
