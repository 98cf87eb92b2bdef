package io.ticketflow.api.ticket;

/** How urgent a ticket is, lowest first; SLA targets depend on it. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
