package io.ticketflow.ticket.web;

import java.util.UUID;

/** No ticket with that id in the read model, or none the requester calling may know of (another's ticket). */
class TicketNotFound extends RuntimeException {
    private final UUID ticketId;

    TicketNotFound(UUID ticketId) {
        this(ticketId, "ticket " + ticketId + " not found");
    }

    TicketNotFound(UUID ticketId, String detail) {
        super(detail);
        this.ticketId = ticketId;
    }

    UUID ticketId() {
        return ticketId;
    }
}
