package io.ticketflow.api.ticket;

public enum TicketStatus {
    NEW, OPEN, PENDING, ON_HOLD, RESOLVED, CLOSED
}
