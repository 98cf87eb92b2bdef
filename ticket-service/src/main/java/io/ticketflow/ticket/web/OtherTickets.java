package io.ticketflow.ticket.web;

import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketUnlinked;
import io.ticketflow.ticket.projection.RecordedTicketEvent;
import io.ticketflow.ticket.projection.TicketAsOf;
import io.ticketflow.ticket.projection.TicketEventStream;
import io.ticketflow.ticket.projection.TicketView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a command on one ticket needs to know about another: whether it exists, whether it is closed, and
 * how it links to the first.
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

    /** How {@code from} links to {@code to} by a link {@code from} made, if it does. */
    Optional<TicketLinkType> linkMadeBy(UUID from, UUID to) {
        TicketLinkType type = null;
        for (RecordedTicketEvent recorded : events.of(from)) {
            if (recorded.event() instanceof TicketLinked linked && linked.linkedTicketId().equals(to)) {
                type = linked.linkType();
            } else if (recorded.event() instanceof TicketUnlinked unlinked && unlinked.linkedTicketId().equals(to)) {
                type = null;
            }
        }
        return Optional.ofNullable(type);
    }

    private TicketView current(String field, UUID ticketId) {
        if (ticketId == null) {
            return null; // @NotNull on the request says so, naming the field
        }
        return TicketAsOf.fold(events.of(ticketId), Instant.MAX)
                .orElseThrow(() -> new TicketRuleViolation(field, "there is no ticket " + ticketId));
    }
}
