package io.ticketflow.ticket.web;

import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.projection.TicketAsOf;
import io.ticketflow.ticket.projection.TicketEventStream;
import io.ticketflow.ticket.projection.TicketView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * What a command on one ticket needs to know about another: whether it exists, and whether it is closed.
 * The aggregate only ever sees its own ticket, so the check is here, read from the event store (the truth,
 * not a read model that may lag); a refusal names the request's field like any other rule.
 */
@Component
class OtherTickets {

    private final TicketEventStream events;

    OtherTickets(TicketEventStream events) {
        this.events = events;
    }

    void requireExists(String field, UUID ticketId) {
        current(field, ticketId);
    }

    void requireNotClosed(String field, UUID ticketId, String why) {
        if ("CLOSED".equals(current(field, ticketId).status())) {
            throw new TicketRuleViolation(field, "ticket " + ticketId + " is closed; " + why);
        }
    }

    private TicketView current(String field, UUID ticketId) {
        if (ticketId == null) {
            return null; // @NotNull on the request says so, naming the field
        }
        return TicketAsOf.fold(events.of(ticketId), Instant.MAX)
                .orElseThrow(() -> new TicketRuleViolation(field, "there is no ticket " + ticketId));
    }
}
