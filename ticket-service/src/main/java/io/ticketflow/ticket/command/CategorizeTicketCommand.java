package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Set or correct the ticket's type, category and full tag set.
 *
 * @param category free-form category within the type, e.g. {@code billing/invoices}; may be null
 * @param tags     the full tag set from now on; null means none
 */
public record CategorizeTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        TicketType type,
        String category,
        List<String> tags,
        Actor issuedBy) {
}
