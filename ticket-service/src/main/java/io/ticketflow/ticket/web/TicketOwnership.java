package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.security.Caller;
import io.ticketflow.ticket.projection.TicketEventStream;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * Whether a ticket is the caller's own: they opened it themselves ({@code customer:<sub>}), or staff or a system
 * opened it on their behalf with their email as the requester's. A ticket a customer opened for someone else is
 * the opener's, not that someone's: an email a requester typed proves nothing about whose it is.
 *
 * <p>Read from the ticket's first stored event, not the read model, so a requester can reply to a ticket they
 * opened a moment ago.
 */
@Component
class TicketOwnership {

    private final TicketEventStream events;

    TicketOwnership(TicketEventStream events) {
        this.events = events;
    }

    boolean isRequestedBy(UUID ticketId, Caller caller) {
        return events.opening(ticketId).map(opened -> isRequestedBy(opened, caller)).orElse(false);
    }

    static boolean isRequestedBy(TicketOpened opened, Caller caller) {
        if (opened.openedBy().kind() == ActorKind.CUSTOMER) {
            return opened.openedBy().id().equals(caller.subject());
        }
        return caller.email() != null && opened.requester() != null && opened.requester().email() != null
                && opened.requester().email().toLowerCase(Locale.ROOT).equals(caller.email().toLowerCase(Locale.ROOT));
    }
}
