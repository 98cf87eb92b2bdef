package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Set the ticket's type, category and full tag set; results in {@code TicketCategorized}.
 *
 * @param type     the ticket type
 * @param category category within the type
 * @param tags     the full tag set from now on
 */
public record CategorizeTicket(
        UUID commandId,
        UUID ticketId,
        TicketType type,
        String category,
        List<String> tags,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {

    public CategorizeTicket {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
