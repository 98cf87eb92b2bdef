package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.TicketCommandRejected;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import io.ticketflow.routing.roster.RoomForWork;
import io.ticketflow.routing.rules.RulesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The entries into assignment, each called in its consumer's transaction: ticket events fold into the view
 * and leave needs to decide; rejections of routing's own commands give their slot back and decide again.
 */
@Component
public class AssignmentLoop {

    static final String ASSIGN_TICKET = "AssignTicket";

    private final RoutedTicketProjection projection;
    private final RoutedTickets tickets;
    private final AgentLoads loads;
    private final Assigner assigner;

    AssignmentLoop(RoutedTicketProjection projection, RoutedTickets tickets, AgentLoads loads, Assigner assigner) {
        this.projection = projection;
        this.tickets = tickets;
        this.loads = loads;
        this.assigner = assigner;
    }

    public void onTicketEvents(EventBatch batch) {
        RoutedTicketProjection.Changes changes = projection.apply(batch);
        assigner.route(changes.toRoute(), batch::traceParent);
        tickets.save(changes.changed()); // view and decisions in one write, before the queues are read
        assigner.released(changes.freed());
    }

    /** Tickets no rule matched may match the changed rules; in the transaction of the change. */
    @EventListener
    public void onRulesChanged(RulesChanged change) {
        assigner.routeUnmatched();
    }

    /** A roster change that may let queued tickets move, in the transaction of that change. */
    @EventListener
    public void onRoomForWork(RoomForWork room) {
        if (room.agentId() != null) {
            assigner.released(Set.of(room.agentId()));
        } else {
            assigner.drain(room.teamId());
        }
    }

    /**
     * A rejected AssignTicket of routing's own: the ticket changed before the command arrived (a person
     * assigned it, it was resolved). The slot goes back; if the ticket still has nobody, it is decided again
     * from what routing sees now. Rejections of commands routing no longer waits for change nothing.
     */
    public void onCommandResults(EventBatch batch) {
        List<TicketCommandRejected> ours = batch.of(TicketCommandRejected.class).stream()
                .map(Envelope::payload)
                .filter(rejected -> ASSIGN_TICKET.equals(rejected.commandType()))
                .toList();
        Map<UUID, RoutedTicket> known = tickets.lock(ours.stream().map(TicketCommandRejected::ticketId)
                .distinct().toList());
        List<RoutedTicket> changed = new ArrayList<>();
        Set<String> freed = new LinkedHashSet<>();
        for (TicketCommandRejected rejected : ours) {
            RoutedTicket ticket = known.get(rejected.ticketId());
            if (ticket == null || !rejected.commandId().equals(ticket.pendingCommandId)) {
                continue;
            }
            loads.release(ticket.pendingAgentId);
            freed.add(ticket.pendingAgentId);
            ticket.pendingAgentId = null;
            ticket.pendingCommandId = null;
            if (ticket.active() && ticket.agentId == null) {
                ticket.needs(RoutedTicket.Need.ROUTE, rejected.commandId(), rejected.rejectedAt());
            }
            changed.add(ticket);
        }
        assigner.route(changed.stream().filter(t -> t.need == RoutedTicket.Need.ROUTE).toList());
        tickets.save(changed);
        assigner.released(freed);
    }
}
