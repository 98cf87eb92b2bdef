package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.Actor;
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
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;
import io.ticketflow.api.wire.Envelope;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket fact as a pure function of the ticket's events: given the fact so far (null before its
 * {@code TicketOpened}) and the next event, what the fact becomes and which spans and escalations that writes.
 * No Spring, no JDBC, no clock: every instant comes from the event, so a replay of the topic gives the same rows.
 *
 * <p>The status follows ticket-service's {@code Ticket} aggregate event by event: an assignment or an agent's public
 * reply takes a NEW ticket to OPEN; TicketAwaitingCustomer, TicketPutOnHold, TicketResumed, TicketResolved,
 * TicketReopened and TicketClosed set PENDING, ON_HOLD, OPEN, RESOLVED, OPEN and CLOSED. A requester's reply changes
 * nothing by itself: the aggregate follows it with the TicketResumed or TicketReopened it means. An escalation's
 * target team is routing's to act on (with a TicketAssigned), so it leaves the team alone here too.
 */
final class TicketFactFold {

    private TicketFactFold() {
    }

    /**
     * @return the change, or empty when the event is not folded: the ticket has no fact (its TicketOpened never got
     *         here), or it is a second TicketOpened of a ticket that has one (the first stands)
     */
    static Optional<TicketFactChange> fold(TicketFactRow current, Envelope<? extends TicketEvent> envelope) {
        if (envelope.payload() instanceof TicketOpened opened) {
            return current == null ? Optional.of(opened(opened, envelope)) : Optional.empty();
        }
        return current == null ? Optional.empty() : Optional.of(new Step(current, envelope).apply());
    }

    private static TicketFactChange opened(TicketOpened event, Envelope<? extends TicketEvent> envelope) {
        Instant at = micros(event.openedAt() == null ? envelope.occurredAt() : event.openedAt());
        TicketFactRow fact = new TicketFactRow();
        fact.ticketId = event.ticketId();
        fact.type = name(event.type());
        fact.priority = name(event.priority());
        fact.initialPriority = fact.priority;
        fact.channel = name(event.channel());
        fact.status = TicketStatus.NEW.name();
        fact.tags = List.copyOf(new LinkedHashSet<>(event.tags()));
        fact.requesterOrganisation = event.requester() == null ? null : event.requester().organisation();
        fact.openedAt = at;
        fact.statusSince = at;
        fact.currentSpanSeq = 1;
        fact.currentSpanFrom = at;
        fact.version = 1;
        fact.lastEventId = envelope.eventId();
        fact.lastEventAt = micros(envelope.occurredAt());
        return new TicketFactChange(fact, List.of(fact.currentSpan(null)), List.of());
    }

    /** Folding one event into a copy of the fact. */
    private static final class Step {

        private final TicketFactRow before;
        private final TicketFactRow fact;
        private final Envelope<? extends TicketEvent> envelope;
        private final List<TicketEscalationRow> escalations = new ArrayList<>();
        private Instant at;

        Step(TicketFactRow before, Envelope<? extends TicketEvent> envelope) {
            this.before = before;
            this.fact = before.copy();
            this.envelope = envelope;
            this.at = micros(envelope.occurredAt());
        }

        TicketFactChange apply() {
            TicketEvent event = envelope.payload();
            if (event instanceof TicketCategorized e) {
                at(e.categorizedAt());
                fact.type = name(e.type());
                fact.category = e.category();
                fact.tags = List.copyOf(new LinkedHashSet<>(e.tags())); // the whole set, not a delta
            } else if (event instanceof TicketTagsChanged e) {
                at(e.changedAt());
                Set<String> tags = new LinkedHashSet<>(fact.tags);
                tags.removeAll(e.removed());
                tags.addAll(e.added());
                fact.tags = List.copyOf(tags);
            } else if (event instanceof TicketPriorityChanged e) {
                at(e.changedAt());
                fact.priority = name(e.to());
            } else if (event instanceof TicketAssigned e) {
                assigned(e);
            } else if (event instanceof TicketUnassigned e) {
                at(e.unassignedAt());
                fact.assigneeId = null; // the team keeps the ticket in its queue
            } else if (event instanceof MessageAdded e) {
                messageAdded(e);
            } else if (event instanceof TicketAwaitingCustomer e) {
                at(e.requestedAt());
                fact.status = TicketStatus.PENDING.name();
            } else if (event instanceof TicketPutOnHold e) {
                at(e.putOnHoldAt());
                fact.status = TicketStatus.ON_HOLD.name();
            } else if (event instanceof TicketResumed e) {
                at(e.resumedAt());
                fact.status = TicketStatus.OPEN.name();
            } else if (event instanceof TicketResolved e) {
                resolved(e);
            } else if (event instanceof TicketReopened e) {
                reopened(e);
            } else if (event instanceof TicketClosed e) {
                closed(e);
            } else if (event instanceof TicketEscalated e) {
                escalated(e);
            } else if (event instanceof SatisfactionRated e) {
                at(e.ratedAt());
                fact.satisfactionScore = e.score();
                fact.satisfactionRatedAt = at;
            } else if (event instanceof TicketMerged e) {
                at(e.mergedAt());
                fact.mergedInto = e.targetTicketId();
            } else if (event instanceof TicketLinked e) {
                at(e.linkedAt());
            } else if (event instanceof TicketUnlinked e) {
                at(e.unlinkedAt());
            }
            // any other ticket event (a newer contract's) is counted in the version and changes nothing else
            statusTime();
            List<TicketStatusSpan> spans = spans();
            fact.version = before.version + 1;
            fact.lastEventId = envelope.eventId();
            fact.lastEventAt = micros(envelope.occurredAt());
            return new TicketFactChange(fact, spans, escalations);
        }

        private void assigned(TicketAssigned e) {
            at(e.assignedAt());
            fact.assigneeId = e.agentId();
            fact.teamId = e.teamId();
            if (fact.firstAssignedAt == null) {
                fact.firstAssignedAt = at;
            }
            takenUp();
        }

        private void messageAdded(MessageAdded e) {
            at(e.addedAt());
            if (e.visibility() == MessageVisibility.INTERNAL_NOTE) {
                fact.internalNotes++;
                return;
            }
            fact.publicReplies++;
            if (isAgent(e.author())) {
                if (fact.firstResponseAt == null) {
                    fact.firstResponseAt = at;
                    fact.firstResponseSeconds = seconds(fact.openedAt, at);
                }
                takenUp();
            }
        }

        private void resolved(TicketResolved e) {
            at(e.resolvedAt());
            fact.status = TicketStatus.RESOLVED.name();
            fact.resolvedAt = at;
            fact.resolutionSeconds = seconds(fact.openedAt, at);
            if (fact.firstResolvedAt == null) {
                fact.firstResolvedAt = at;
            }
            fact.resolutionCode = name(e.resolutionCode());
            fact.resolvedByAgentId = isAgent(e.resolvedBy()) ? e.resolvedBy().id() : fact.assigneeId;
        }

        private void reopened(TicketReopened e) {
            at(e.reopenedAt());
            fact.status = TicketStatus.OPEN.name();
            // the latest resolution is the one that counts, and there is none until the next
            fact.resolvedAt = null;
            fact.resolutionSeconds = null;
            fact.reopenedAt = at;
            fact.reopenCount++;
        }

        private void closed(TicketClosed e) {
            at(e.closedAt());
            fact.status = TicketStatus.CLOSED.name();
            fact.closedAt = at;
            fact.closeReason = name(e.reason());
            if (e.mergedInto() != null) {
                fact.mergedInto = e.mergedInto();
            }
        }

        private void escalated(TicketEscalated e) {
            at(e.escalatedAt());
            fact.escalationCount++;
            fact.escalationLevel = Math.max(fact.escalationLevel, e.level());
            escalations.add(new TicketEscalationRow(envelope.eventId(), fact.ticketId, e.level(), name(e.trigger()),
                    e.targetTeamId(), at));
        }

        /** The aggregate's rule: the first sign of an agent working on a new ticket opens it. */
        private void takenUp() {
            if (TicketStatus.NEW.name().equals(fact.status)) {
                fact.status = TicketStatus.OPEN.name();
            }
        }

        /** Counts a stay in PENDING or ON_HOLD when it begins and adds its length when it ends. */
        private void statusTime() {
            if (fact.status.equals(before.status)) {
                return;
            }
            long stayed = seconds(before.statusSince, at);
            if (TicketStatus.PENDING.name().equals(before.status)) {
                fact.pendingSeconds += stayed;
            } else if (TicketStatus.ON_HOLD.name().equals(before.status)) {
                fact.onHoldSeconds += stayed;
            }
            if (TicketStatus.PENDING.name().equals(fact.status)) {
                fact.pendingCount++;
            } else if (TicketStatus.ON_HOLD.name().equals(fact.status)) {
                fact.onHoldCount++;
            }
            fact.statusSince = at;
        }

        /** Ends the open span and begins the next when the event moved the status, team, assignee or priority. */
        private List<TicketStatusSpan> spans() {
            boolean same = Objects.equals(fact.status, before.status) && Objects.equals(fact.teamId, before.teamId)
                    && Objects.equals(fact.assigneeId, before.assigneeId)
                    && Objects.equals(fact.priority, before.priority);
            if (same) {
                return List.of();
            }
            fact.currentSpanSeq = before.currentSpanSeq + 1;
            fact.currentSpanFrom = at;
            return List.of(before.currentSpan(at), fact.currentSpan(null));
        }

        /** When the event happened by its own account, which the envelope's occurred-at stands in for if missing. */
        private void at(Instant payloadInstant) {
            if (payloadInstant != null) {
                at = micros(payloadInstant);
            }
        }
    }

    private static boolean isAgent(Actor actor) {
        return actor != null && actor.kind() == ActorKind.AGENT;
    }

    /** Wall seconds; never negative, as two ticket-service instances' clocks may disagree by a little. */
    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }

    /**
     * PostgreSQL keeps microseconds: an instant is cut to them before anything is computed from it, so a fact folded
     * in one batch and one reloaded between batches (as a rebuild cuts them differently) give the same durations.
     */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
