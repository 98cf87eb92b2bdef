package io.ticketflow.api.ticket;

public enum TicketType {
    INCIDENT, SERVICE_REQUEST, BUG_REPORT, INQUIRY, COMPLAINT
}
