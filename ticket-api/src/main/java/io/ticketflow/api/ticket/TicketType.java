package io.ticketflow.api.ticket;

/** What kind of request a ticket is; SLA policies and routing rules select on it. */
public enum TicketType {
    INCIDENT, SERVICE_REQUEST, BUG_REPORT, INQUIRY, COMPLAINT
}
