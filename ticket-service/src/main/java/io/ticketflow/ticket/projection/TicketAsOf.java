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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Time travel: a ticket as it was at an instant, folded from its stored events into the same
 * {@link TicketView} the detail endpoint serves. A pure fold of the public events, deliberately not the
 * aggregate (which keeps only what its rules need) and not the SQL of the read model: it follows the same
 * meaning of each event as {@link TicketViewProjection}, and a test folds a whole life both ways and
 * compares them, so the two cannot drift apart unnoticed.
 */
public final class TicketAsOf {

    private TicketAsOf() {
    }

    /**
     * @param events the ticket's events in stream order
     * @param asOf   every event that occurred at or before this instant counts
     * @return the ticket at {@code asOf}; empty when it did not exist yet
     */
    public static Optional<TicketView> fold(List<RecordedTicketEvent> events, Instant asOf) {
        State state = null;
        for (RecordedTicketEvent recorded : events) {
            if (recorded.occurredAt().isAfter(asOf)) {
                break; // a stream is in the order it was written, so nothing later can count
            }
            if (recorded.event() instanceof TicketOpened opened) {
                state = new State(opened);
            } else if (state != null) {
                state.apply(recorded.event());
            }
            if (state != null) {
                state.version = recorded.sequence();
            }
        }
        return Optional.ofNullable(state).map(State::view);
    }

    /** The fields of a {@link TicketView} while they are being folded; never leaves this class. */
    private static final class State {
        private final TicketOpened opened;
        private String type;
        private String category;
        private String priority;
        private String status = "NEW";
        private List<String> tags;
        private String assigneeId;
        private String teamId;
        private int escalationLevel;
        private String escalationTrigger;
        private Instant firstResponseAt;
        private String resolutionCode;
        private Instant resolvedAt;
        private Integer satisfactionScore;
        private String satisfactionComment;
        private Instant closedAt;
        private String closeReason;
        private UUID mergedInto;
        private Instant updatedAt;
        private final List<ConversationMessage> conversation = new ArrayList<>();
        private long version;

        State(TicketOpened opened) {
            this.opened = opened;
            this.type = opened.type().name();
            this.priority = opened.priority().name();
            this.tags = new ArrayList<>(opened.tags());
            this.updatedAt = opened.openedAt();
        }

        void apply(TicketEvent event) {
            if (event instanceof TicketCategorized e) {
                type = e.type().name();
                category = e.category();
                tags = new ArrayList<>(e.tags());
                updatedAt = e.categorizedAt();
            } else if (event instanceof TicketTagsChanged e) {
                tags.removeAll(e.removed());
                tags.removeAll(e.added());
                tags.addAll(e.added());
                updatedAt = e.changedAt();
            } else if (event instanceof TicketPriorityChanged e) {
                priority = e.to().name();
                updatedAt = e.changedAt();
            } else if (event instanceof TicketAssigned e) {
                assigneeId = e.agentId();
                teamId = e.teamId();
                takenUp();
                updatedAt = e.assignedAt();
            } else if (event instanceof TicketUnassigned e) {
                assigneeId = null; // the team keeps the ticket in its queue
                updatedAt = e.unassignedAt();
            } else if (event instanceof MessageAdded e) {
                conversation.add(new ConversationMessage(e.messageId(), e.visibility().name(), e.author().kind().name(),
                        e.author().id(), e.body(), e.attachments(), e.addedAt()));
                if (e.visibility() == MessageVisibility.PUBLIC_REPLY && e.author().kind() == ActorKind.AGENT) {
                    firstResponseAt = firstResponseAt == null ? e.addedAt() : firstResponseAt;
                    takenUp();
                }
                updatedAt = e.addedAt();
            } else if (event instanceof TicketAwaitingCustomer e) {
                status = "PENDING";
                updatedAt = e.requestedAt();
            } else if (event instanceof TicketPutOnHold e) {
                status = "ON_HOLD";
                updatedAt = e.putOnHoldAt();
            } else if (event instanceof TicketResumed e) {
                status = "OPEN";
                updatedAt = e.resumedAt();
            } else if (event instanceof TicketResolved e) {
                status = "RESOLVED";
                resolutionCode = e.resolutionCode().name();
                resolvedAt = e.resolvedAt();
                updatedAt = e.resolvedAt();
            } else if (event instanceof TicketReopened e) {
                status = "OPEN";
                resolutionCode = null;
                resolvedAt = null;
                updatedAt = e.reopenedAt();
            } else if (event instanceof TicketEscalated e) {
                escalationLevel = e.level();
                escalationTrigger = e.trigger().name();
                updatedAt = e.escalatedAt();
            } else if (event instanceof SatisfactionRated e) {
                satisfactionScore = e.score();
                satisfactionComment = e.comment();
                updatedAt = e.ratedAt();
            } else if (event instanceof TicketClosed e) {
                status = "CLOSED";
                closedAt = e.closedAt();
                closeReason = e.reason().name();
                mergedInto = e.mergedInto();
                updatedAt = e.closedAt();
            } else if (event instanceof TicketMerged e) {
                updatedAt = e.mergedAt(); // the link comes with the TicketClosed that follows
            } else if (event instanceof TicketLinked e) {
                updatedAt = e.linkedAt(); // links are both tickets' business: see TicketView#withLinks
            } else if (event instanceof TicketUnlinked e) {
                updatedAt = e.unlinkedAt();
            }
        }

        /** The aggregate's rule: the first sign of an agent working on a new ticket opens it. */
        private void takenUp() {
            status = "NEW".equals(status) ? "OPEN" : status;
        }

        TicketView view() {
            var requester = opened.requester();
            return new TicketView(opened.ticketId(), opened.subject(), opened.description(), requester.email(),
                    requester.name(), requester.organisation(), type, category, priority, status,
                    opened.channel().name(), List.copyOf(tags), Map.copyOf(opened.customFields()), assigneeId, teamId,
                    escalationLevel, escalationTrigger, opened.openedBy().kind() + ":" + opened.openedBy().id(),
                    opened.openedAt(), firstResponseAt, resolutionCode, resolvedAt, satisfactionScore,
                    satisfactionComment, closedAt, closeReason, mergedInto, updatedAt, List.copyOf(conversation),
                    List.of(), version);
        }
    }
}
