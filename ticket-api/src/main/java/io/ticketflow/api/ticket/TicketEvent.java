package io.ticketflow.api.ticket;

import java.util.UUID;

/** Every event of the Ticket aggregate names its ticket, so consumers can key and group by it. */
public interface TicketEvent {
    UUID ticketId();
}
