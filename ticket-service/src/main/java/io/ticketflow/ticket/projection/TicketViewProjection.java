package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Folds every ticket event into {@code ticket_view} and {@code ticket_message}. The status follows the
 * meaning of each event exactly as the aggregate's event handlers do (an assignment or an agent's public
 * reply opens a NEW ticket; a requester's reply is followed by its own TicketResumed or TicketReopened), so
 * the read model never guesses at a rule the aggregate already decided.
 */
@Component
@ProcessingGroup(TicketViewProjection.PROCESSING_GROUP)
public class TicketViewProjection {

    public static final String PROCESSING_GROUP = "ticket-view";

    private final TicketViewRepository views;
    private final TicketViewUpdates updates;
    private final TicketMessageRepository messages;
    private final TicketLinkRepository links;

    public TicketViewProjection(TicketViewRepository views, TicketViewUpdates updates,
            TicketMessageRepository messages, TicketLinkRepository links) {
        this.views = views;
        this.updates = updates;
        this.messages = messages;
        this.links = links;
    }

    @EventHandler
    void on(TicketOpened event, @SequenceNumber long sequence) {
        views.insertOpened(event, sequence);
    }

    @EventHandler
    void on(TicketCategorized event, @SequenceNumber long sequence) {
        updates.categorized(event.ticketId(), sequence, event.categorizedAt(), event.type().name(),
                event.category(), event.tags());
    }

    @EventHandler
    void on(TicketTagsChanged event, @SequenceNumber long sequence) {
        updates.tagsChanged(event.ticketId(), sequence, event.changedAt(), event.added(), event.removed());
    }

    @EventHandler
    void on(TicketPriorityChanged event, @SequenceNumber long sequence) {
        updates.priorityChanged(event.ticketId(), sequence, event.changedAt(), event.to().name());
    }

    @EventHandler
    void on(TicketAssigned event, @SequenceNumber long sequence) {
        updates.assigned(event.ticketId(), sequence, event.assignedAt(), event.agentId(), event.teamId());
    }

    @EventHandler
    void on(TicketUnassigned event, @SequenceNumber long sequence) {
        updates.unassigned(event.ticketId(), sequence, event.unassignedAt());
    }

    @EventHandler
    void on(MessageAdded event, @SequenceNumber long sequence) {
        messages.insert(event, sequence);
        if (event.visibility() == MessageVisibility.PUBLIC_REPLY && event.author().kind() == ActorKind.AGENT) {
            updates.agentReplied(event.ticketId(), sequence, event.addedAt());
        } else {
            updates.touched(event.ticketId(), sequence, event.addedAt());
        }
    }

    @EventHandler
    void on(TicketAwaitingCustomer event, @SequenceNumber long sequence) {
        updates.statusChanged(event.ticketId(), sequence, event.requestedAt(), TicketStatus.PENDING.name());
    }

    @EventHandler
    void on(TicketPutOnHold event, @SequenceNumber long sequence) {
        updates.statusChanged(event.ticketId(), sequence, event.putOnHoldAt(), TicketStatus.ON_HOLD.name());
    }

    @EventHandler
    void on(TicketResumed event, @SequenceNumber long sequence) {
        updates.statusChanged(event.ticketId(), sequence, event.resumedAt(), TicketStatus.OPEN.name());
    }

    @EventHandler
    void on(TicketResolved event, @SequenceNumber long sequence) {
        updates.resolved(event.ticketId(), sequence, event.resolvedAt(), event.resolutionCode().name());
    }

    @EventHandler
    void on(TicketReopened event, @SequenceNumber long sequence) {
        updates.reopened(event.ticketId(), sequence, event.reopenedAt());
    }

    @EventHandler
    void on(TicketEscalated event, @SequenceNumber long sequence) {
        updates.escalated(event.ticketId(), sequence, event.escalatedAt(), event.level(), event.trigger().name());
    }

    @EventHandler
    void on(SatisfactionRated event, @SequenceNumber long sequence) {
        updates.rated(event.ticketId(), sequence, event.ratedAt(), event.score(), event.comment());
    }

    /** The link is written by the TicketClosed that follows; this event only moves the version on. */
    @EventHandler
    void on(TicketMerged event, @SequenceNumber long sequence) {
        updates.touched(event.ticketId(), sequence, event.mergedAt());
    }

    @EventHandler
    void on(TicketLinked event, @SequenceNumber long sequence) {
        links.linked(event, sequence);
        updates.touched(event.ticketId(), sequence, event.linkedAt());
    }

    @EventHandler
    void on(TicketUnlinked event, @SequenceNumber long sequence) {
        links.unlinked(event, sequence);
        updates.touched(event.ticketId(), sequence, event.unlinkedAt());
    }

    @EventHandler
    void on(TicketClosed event, @SequenceNumber long sequence) {
        updates.closed(event.ticketId(), sequence, event.closedAt(), event.reason().name(), event.mergedInto());
    }
}
