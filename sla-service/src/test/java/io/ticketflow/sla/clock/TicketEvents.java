package io.ticketflow.sla.clock;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The events of one ticket as ticket-service writes them, each with the instant it happened. */
final class TicketEvents {

    static final Actor AGENT = Actor.agent("ada");
    static final Actor REQUESTER = Actor.customer("customer-1");

    private final UUID ticketId;
    private long messages;

    TicketEvents(UUID ticketId) {
        this.ticketId = ticketId;
    }

    UUID ticketId() {
        return ticketId;
    }

    Timed opened(TicketType type, Priority priority, String organisation, Instant at) {
        return new Timed(new TicketOpened(ticketId, "subject", "description",
                new Requester("someone@example.org", "Someone", organisation), type, priority, Channel.WEB, List.of(),
                Map.of(), REQUESTER, at), at);
    }

    Timed agentReply(Instant at) {
        return message(MessageVisibility.PUBLIC_REPLY, AGENT, at);
    }

    Timed internalNote(Instant at) {
        return message(MessageVisibility.INTERNAL_NOTE, AGENT, at);
    }

    Timed requesterMessage(Instant at) {
        return message(MessageVisibility.PUBLIC_REPLY, REQUESTER, at);
    }

    Timed awaitingCustomer(Instant at) {
        return new Timed(new TicketAwaitingCustomer(ticketId, "logs please", AGENT, at), at);
    }

    Timed onHold(Instant at) {
        return new Timed(new TicketPutOnHold(ticketId, "waiting on the vendor", AGENT, at), at);
    }

    Timed resumed(Actor by, Instant at) {
        return new Timed(new TicketResumed(ticketId, by, at), at);
    }

    Timed resolved(Instant at) {
        return new Timed(new TicketResolved(ticketId, ResolutionCode.SOLVED, null, AGENT, at), at);
    }

    Timed reopened(Actor by, Instant at) {
        return new Timed(new TicketReopened(ticketId, "not fixed", by, at), at);
    }

    Timed closed(Instant at) {
        return new Timed(new TicketClosed(ticketId, Actor.system("auto-close"), CloseReason.AUTO_CLOSED, null, at), at);
    }

    Timed merged(UUID into, Instant at) {
        return new Timed(new TicketMerged(ticketId, into, AGENT, at), at);
    }

    Timed closedByMerge(UUID into, Instant at) {
        return new Timed(new TicketClosed(ticketId, AGENT, CloseReason.MERGED, into, at), at);
    }

    Timed priorityChanged(Priority from, Priority to, Instant at) {
        return new Timed(new TicketPriorityChanged(ticketId, from, to, "customer impact", AGENT, at), at);
    }

    Timed categorized(TicketType type, Instant at) {
        return new Timed(new TicketCategorized(ticketId, type, "general", List.of(), AGENT, at), at);
    }

    Timed assigned(String teamId, Instant at) {
        return new Timed(new TicketAssigned(ticketId, "ada", teamId, "least loaded", Actor.system("routing-service"), at),
                at);
    }

    private Timed message(MessageVisibility visibility, Actor author, Instant at) {
        UUID messageId = new UUID(ticketId.getMostSignificantBits(), ++messages);
        return new Timed(new MessageAdded(ticketId, messageId, visibility, author, "text", List.of(), at), at);
    }
}
