package io.ticketflow.routing.assignment;

import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Folds ticket events into routing's ticket view and the agents' loads, in the consumer's transaction, and
 * says what is left to decide: the tickets that need an agent, and the agents who lost a ticket (their
 * teams' queues may move). A batch reads its tickets once; the caller writes them back once, decisions
 * included.
 */
@Component
public class RoutedTicketProjection {

    /** The custom field a ticket's language is read from, until the contract carries one. */
    static final String LANGUAGE_FIELD = "language";

    private final RoutedTickets tickets;
    private final AgentLoads loads;

    RoutedTicketProjection(RoutedTickets tickets, AgentLoads loads) {
        this.tickets = tickets;
        this.loads = loads;
    }

    Changes apply(EventBatch batch) {
        List<Envelope<TicketEvent>> events = batch.of(TicketEvent.class);
        Map<UUID, RoutedTicket> known = tickets.lock(events.stream().map(e -> e.payload().ticketId()).distinct()
                .toList());
        Map<UUID, RoutedTicket> changed = new LinkedHashMap<>();
        Set<String> freed = new LinkedHashSet<>();
        for (Envelope<TicketEvent> envelope : events) {
            TicketEvent event = envelope.payload();
            RoutedTicket ticket = known.get(event.ticketId());
            if (ticket == null) {
                if (!(event instanceof TicketOpened)) {
                    continue; // a ticket opened before routing kept a view: nothing to route it on
                }
                ticket = new RoutedTicket(event.ticketId());
                known.put(ticket.ticketId, ticket);
            }
            apply(ticket, event, envelope.eventId(), envelope.occurredAt(), freed);
            changed.put(ticket.ticketId, ticket);
        }
        List<RoutedTicket> all = List.copyOf(changed.values());
        return new Changes(all, all.stream().filter(t -> t.need == RoutedTicket.Need.ROUTE).toList(), freed);
    }

    private void apply(RoutedTicket t, TicketEvent event, UUID eventId, Instant at, Set<String> freed) {
        if (event instanceof TicketOpened e) {
            t.type = e.type().name();
            t.priority = e.priority().name();
            t.channel = e.channel().name();
            t.tags = new LinkedHashSet<>(e.tags());
            t.language = e.customFields().get(LANGUAGE_FIELD);
            t.organisation = e.requester() == null ? null : e.requester().organisation();
            t.status = "NEW";
            t.openedAt = e.openedAt();
            t.needs(RoutedTicket.Need.ROUTE, eventId, e.openedAt());
        } else if (event instanceof TicketCategorized e) {
            t.type = e.type().name();
            t.category = e.category();
            t.tags = new LinkedHashSet<>(e.tags());
        } else if (event instanceof TicketTagsChanged e) {
            t.tags.removeAll(e.removed());
            t.tags.addAll(e.added());
        } else if (event instanceof TicketPriorityChanged e) {
            t.priority = e.to().name();
        } else if (event instanceof TicketAssigned e) {
            assigned(t, e, freed);
        } else if (event instanceof TicketUnassigned e) {
            if (t.agentId != null && t.active()) {
                release(t.agentId, freed);
            }
            t.agentId = null;
            if (t.pendingAgentId == null && t.active()) {
                t.needs(RoutedTicket.Need.ROUTE, eventId, at); // the team keeps it: another of its agents
            }
        } else if (event instanceof TicketAwaitingCustomer) {
            t.status = "PENDING";
        } else if (event instanceof TicketPutOnHold) {
            t.status = "ON_HOLD";
        } else if (event instanceof TicketResumed) {
            t.status = "OPEN";
        } else if (event instanceof TicketResolved) {
            finished(t, "RESOLVED", freed);
        } else if (event instanceof TicketClosed) {
            finished(t, "CLOSED", freed);
        } else if (event instanceof TicketReopened e) {
            t.status = "OPEN";
            if (t.agentId != null) {
                loads.add(t.agentId, e.reopenedAt()); // back with its owner, beyond capacity if need be
            } else {
                t.needs(RoutedTicket.Need.ROUTE, eventId, at);
            }
        } else if (event instanceof TicketEscalated e && e.targetTeamId() != null && t.active()
                && !e.targetTeamId().equals(t.teamId)) {
            // moved to an escalation team: one of its agents takes over; the current owner keeps it until then
            t.teamId = e.targetTeamId();
            t.needs(RoutedTicket.Need.ROUTE, eventId, at);
        }
    }

    private void assigned(RoutedTicket t, TicketAssigned e, Set<String> freed) {
        boolean routingsOwn = e.agentId().equals(t.pendingAgentId);
        if (!routingsOwn && t.active()) {
            // a person's choice (or an assignment routing no longer waits for): it wins and counts; whoever
            // held the ticket before, owner or routing's pending choice, lets go of it
            String before = t.holder();
            if (before != null && !before.equals(e.agentId())) {
                release(before, freed);
            }
            if (!Objects.equals(before, e.agentId())) {
                loads.add(e.agentId(), e.assignedAt());
            }
        } else if (routingsOwn && t.agentId != null && !t.agentId.equals(e.agentId()) && t.active()) {
            release(t.agentId, freed); // routing moved it away from its owner (escalation, reassignment)
        }
        t.agentId = e.agentId();
        t.teamId = e.teamId();
        t.pendingAgentId = null;
        t.pendingCommandId = null;
        t.needs(RoutedTicket.Need.NONE, null, null);
        if ("NEW".equals(t.status)) {
            t.status = "OPEN";
        }
    }

    private void finished(RoutedTicket t, String status, Set<String> freed) {
        if (t.active() && t.holder() != null) {
            release(t.holder(), freed);
        }
        t.status = status;
        t.pendingAgentId = null;
        t.pendingCommandId = null;
        t.needs(RoutedTicket.Need.NONE, null, null);
    }

    private void release(String agentId, Set<String> freed) {
        loads.release(agentId);
        freed.add(agentId);
    }

    /**
     * @param changed every ticket the batch changed, not yet written (locked by this transaction)
     * @param toRoute those of them that need a decision now
     * @param freed   agents who hold fewer tickets than before: their teams' queues may move
     */
    record Changes(List<RoutedTicket> changed, List<RoutedTicket> toRoute, Set<String> freed) {
    }
}
