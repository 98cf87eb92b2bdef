package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;

import java.time.Instant;
import java.util.Optional;

/**
 * One event of a ticket's stream as the event store holds it.
 *
 * @param sequence   its position in the ticket's stream, from 0 (the read model's {@code version} counts the same way)
 * @param occurredAt the instant the store recorded for it, the same one Kafka carries as {@code ticketflow-occurred-at}
 * @param event      the payload, a record of the public contract
 */
public record RecordedTicketEvent(long sequence, Instant occurredAt, TicketEvent event) {

    /** Who caused the event; empty for an event that names nobody (none does today, but a new one may). */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actorOf(event));
    }

    private static Actor actorOf(TicketEvent event) {
        if (event instanceof TicketOpened e) return e.openedBy();
        if (event instanceof TicketCategorized e) return e.categorizedBy();
        if (event instanceof TicketTagsChanged e) return e.changedBy();
        if (event instanceof TicketPriorityChanged e) return e.changedBy();
        if (event instanceof TicketAssigned e) return e.assignedBy();
        if (event instanceof TicketUnassigned e) return e.unassignedBy();
        if (event instanceof MessageAdded e) return e.author();
        if (event instanceof TicketAwaitingCustomer e) return e.requestedBy();
        if (event instanceof TicketPutOnHold e) return e.putOnHoldBy();
        if (event instanceof TicketResumed e) return e.resumedBy();
        if (event instanceof TicketResolved e) return e.resolvedBy();
        if (event instanceof TicketReopened e) return e.reopenedBy();
        if (event instanceof TicketEscalated e) return e.escalatedBy();
        if (event instanceof SatisfactionRated e) return e.ratedBy();
        if (event instanceof TicketMerged e) return e.mergedBy();
        if (event instanceof TicketClosed e) return e.closedBy();
        if (event instanceof TicketLinked e) return e.linkedBy();
        if (event instanceof TicketUnlinked e) return e.unlinkedBy();
        return null;
    }

    @Override
    public String toString() {
        return "RecordedTicketEvent[sequence=" + sequence + ", event=" + event + "]";
    }
}
