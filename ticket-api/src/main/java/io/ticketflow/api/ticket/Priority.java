package io.ticketflow.api.ticket;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
