package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketLinkType;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static io.ticketflow.api.ticket.ActorKind.AGENT;
import static io.ticketflow.api.ticket.TicketStatus.PENDING;
import static io.ticketflow.api.ticket.TicketStatus.RESOLVED;
import static io.ticketflow.ticket.command.TicketAction.*;
import static io.ticketflow.ticket.command.TicketRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Ticket, event-sourced: its state is the fold of its events and only what the rules need is kept.
 * Every command first asks {@link TicketLifecycle} whether its move is allowed from the current status,
 * then checks who asks and what they sent, then applies events; the status itself only ever changes in
 * the event handlers below, from what each event means.
 */
@Aggregate(snapshotTriggerDefinition = "ticketSnapshotTrigger")
// Snapshot format version: raise it whenever the fields below change, so Axon ignores older snapshots and
// rebuilds from the events instead of loading a snapshot with a new field silently at its default.
@Revision("4")
public class Ticket {

    static final String REOPENED_BY_REPLY = "the requester replied";

    @AggregateIdentifier
    private UUID ticketId;
    private TicketStatus status;
    private Priority priority;
    private Set<String> tags;
    // kept because categorizing into another type must check that type's required fields against them
    private Map<String, String> customFields;
    private String agentId;
    private String teamId;
    private int escalationLevel;
    private Instant resolvedAt;
    private Instant firstResponseAt;
    private boolean rated;
    private Map<UUID, TicketLinkType> links;
    // a message id names one message: a retried request, or a policy run again, must not write it twice,
    // and another message must not hide behind an id already used (message id -> MessageFingerprint)
    private Map<UUID, String> messages;

    protected Ticket() {
        // Axon rebuilds the aggregate from its events through this constructor
    }

    @CommandHandler
    public Ticket(OpenTicketCommand command, Clock clock, TicketTypePolicy types) {
        requireValidOpening(command);
        types.requireFields(command.type(), command.customFields(), "to open");
        apply(new TicketOpened(
                command.ticketId(),
                command.subject().strip(),
                command.description() == null ? "" : command.description(),
                command.requester(),
                command.type(),
                types.priorityFor(command.type(), command.priority(), command.customFields()),
                command.channel(),
                command.tags(),
                command.customFields(),
                command.openedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(CategorizeTicketCommand command, Clock clock, TicketTypePolicy types) {
        allow(CATEGORIZE, command.issuedBy());
        requirePresent("type", command.type());
        types.requireFields(command.type(), customFields, "to categorize the ticket as");
        requireMaxLength("category", command.category(), MAX_CATEGORY_LENGTH);
        requireTags(command.tags());
        apply(new TicketCategorized(ticketId, command.type(), stripToNull(command.category()), command.tags(),
                command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeTicketTagsCommand command, Clock clock) {
        allow(CHANGE_TAGS, command.issuedBy());
        TagChange change = TagChange.of(tags, command.add(), command.remove());
        if (change.isEmpty()) {
            return; // asking for tags the ticket already has (or lacks) is not a change worth an event
        }
        apply(new TicketTagsChanged(ticketId, change.added(), change.removed(), command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeTicketPriorityCommand command, Clock clock) {
        allow(CHANGE_PRIORITY, command.issuedBy());
        requirePresent("priority", command.priority());
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        if (command.priority() == priority) {
            return; // SLA clocks restart on a priority change, so a change to the same priority must not emit one
        }
        apply(new TicketPriorityChanged(ticketId, priority, command.priority(), command.reason().strip(),
                command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(AssignTicketCommand command, Clock clock) {
        allow(ASSIGN, command.issuedBy());
        requireText("agentId", command.agentId(), MAX_ID_LENGTH);
        requireText("teamId", command.teamId(), MAX_ID_LENGTH);
        requireMaxLength("reason", command.reason(), MAX_REASON_LENGTH);
        if (command.agentId().strip().equals(agentId) && command.teamId().strip().equals(teamId)) {
            return; // routing may decide the same twice; the owner did not change
        }
        if (command.expected() != null && !Objects.equals(command.expected().agentId(), agentId)) {
            throw new TicketRuleViolation(null, "cannot assign the ticket: the sender expected it to be "
                    + (command.expected().agentId() == null ? "unassigned" : "assigned to " + command.expected().agentId())
                    + ", but it is " + (agentId == null ? "unassigned" : "assigned to " + agentId));
        }
        apply(new TicketAssigned(ticketId, command.agentId().strip(), command.teamId().strip(),
                stripToNull(command.reason()), command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(UnassignTicketCommand command, Clock clock) {
        allow(UNASSIGN, command.issuedBy());
        requireMaxLength("reason", command.reason(), MAX_REASON_LENGTH);
        if (agentId == null) {
            throw new TicketRuleViolation(null, "cannot unassign the ticket: nobody is assigned to it");
        }
        apply(new TicketUnassigned(ticketId, agentId, stripToNull(command.reason()), command.issuedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AddTicketMessageCommand command, Clock clock, ReopenPolicy reopenPolicy) {
        ActorRules.requireActor(command.issuedBy()); // who writes, and for whom, decides which move it is
        requirePresent("visibility", command.visibility());
        requirePresent("messageId", command.messageId());
        // before any rule about the ticket's state: a retry of a message already written succeeds even if the
        // ticket has moved on since (closed, or past the requester's reopen window)
        String written = messages.get(command.messageId());
        if (written != null) {
            if (written.equals(fingerprintOf(command))) {
                return;
            }
            throw new TicketRuleViolation("messageId",
                    "messageId already names a different message on this ticket; use a new id for a new message");
        }
        TicketAction action = ActorRules.messageAction(command.visibility(), command.issuedBy());
        allow(action, command.issuedBy());
        if (action == INTERNAL_NOTE) {
            ActorRules.requireNoteAuthor(command.issuedBy());
        }
        Instant now = clock.instant();
        TicketStatus before = status;
        if (action == REQUESTER_REPLY && before == RESOLVED) {
            reopenPolicy.requireRequesterMayReopen(resolvedAt, now);
        }
        requireNotBlank("body", command.body());
        requireMaxBytes("body", command.body(), MAX_MESSAGE_BYTES);
        requireAtMost("attachments", command.attachments(), MAX_ATTACHMENTS);
        apply(new MessageAdded(ticketId, command.messageId(), command.visibility(), command.issuedBy(),
                command.body(), command.attachments(), now));
        // The requester's answer is what a pending ticket waits for, and what reopens a resolved one: say so
        // with the events SLA clocks and reports already listen to, rather than leave them to infer it.
        if (action == REQUESTER_REPLY && before == PENDING) {
            apply(new TicketResumed(ticketId, command.issuedBy(), now));
        } else if (action == REQUESTER_REPLY && before == RESOLVED) {
            apply(new TicketReopened(ticketId, REOPENED_BY_REPLY, command.issuedBy(), now));
        }
    }

    @CommandHandler
    void handle(AwaitCustomerCommand command, Clock clock) {
        allow(AWAIT_CUSTOMER, command.issuedBy());
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        apply(new TicketAwaitingCustomer(ticketId, command.reason().strip(), command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(PutTicketOnHoldCommand command, Clock clock) {
        allow(PUT_ON_HOLD, command.issuedBy());
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        apply(new TicketPutOnHold(ticketId, command.reason().strip(), command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ResumeTicketCommand command, Clock clock) {
        allow(RESUME, command.issuedBy());
        apply(new TicketResumed(ticketId, command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ResolveTicketCommand command, Clock clock) {
        allow(RESOLVE, command.issuedBy());
        requirePresent("resolutionCode", command.resolutionCode());
        requireMaxBytes("note", command.note(), MAX_MESSAGE_BYTES);
        apply(new TicketResolved(ticketId, command.resolutionCode(), stripToNull(command.note()),
                command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ReopenTicketCommand command, Clock clock, ReopenPolicy reopenPolicy) {
        allow(REOPEN, command.issuedBy());
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        Instant now = clock.instant();
        // agents (and the platform) may reopen at any time before closure; only the requester is timed
        if (ActorRules.isRequester(command.issuedBy())) {
            reopenPolicy.requireRequesterMayReopen(resolvedAt, now);
        }
        apply(new TicketReopened(ticketId, command.reason().strip(), command.issuedBy(), now));
    }

    @CommandHandler
    void handle(CloseTicketCommand command, Clock clock) {
        allow(CLOSE, command.issuedBy());
        apply(new TicketClosed(ticketId, command.issuedBy(), CloseReason.MANUAL, null, clock.instant()));
    }

    @CommandHandler
    void handle(AutoCloseTicketCommand command, Clock clock, AutoClosePolicy autoClose) {
        allow(CLOSE, AutoCloseTicketCommand.AUTO_CLOSER);
        Instant now = clock.instant();
        autoClose.requireDue(resolvedAt, now);
        apply(new TicketClosed(ticketId, AutoCloseTicketCommand.AUTO_CLOSER, CloseReason.AUTO_CLOSED, null, now));
    }

    @CommandHandler
    void handle(EscalateTicketCommand command, Clock clock) {
        allow(ESCALATE, command.issuedBy());
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        EscalationTrigger trigger = ActorRules.escalationTrigger(command.trigger(), command.issuedBy());
        requireMaxLength("targetTeamId", command.targetTeamId(), MAX_ID_LENGTH);
        apply(new TicketEscalated(ticketId, escalationLevel + 1, trigger, command.reason().strip(),
                stripToNull(command.targetTeamId()), command.issuedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RateSatisfactionCommand command, Clock clock) {
        allow(RATE, command.issuedBy());
        ActorRules.requireRequester(command.issuedBy(), "rate the ticket");
        if (rated) {
            throw new TicketRuleViolation(null, "cannot rate the ticket again: a ticket is rated once");
        }
        if (command.score() < SatisfactionRated.LOWEST_SCORE || command.score() > SatisfactionRated.HIGHEST_SCORE) {
            throw new TicketRuleViolation("score", "score must be 1 to 5");
        }
        requireMaxLength("comment", command.comment(), MAX_COMMENT_LENGTH);
        apply(new SatisfactionRated(ticketId, command.score(), stripToNull(command.comment()), command.issuedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(MergeTicketCommand command, Clock clock) {
        allow(MERGE, command.issuedBy());
        requirePresent("targetTicketId", command.targetTicketId());
        if (command.targetTicketId().equals(ticketId)) {
            throw new TicketRuleViolation("targetTicketId", "a ticket cannot be merged into itself");
        }
        Instant now = clock.instant();
        apply(new TicketMerged(ticketId, command.targetTicketId(), command.issuedBy(), now));
        apply(new TicketClosed(ticketId, command.issuedBy(), CloseReason.MERGED, command.targetTicketId(), now));
        // The target's side, a note saying what was merged into it, is ..policy.MergeNotes's: this aggregate
        // only ever knows its own ticket.
    }

    @CommandHandler
    void handle(LinkTicketCommand command, Clock clock) {
        allow(LINK, command.issuedBy());
        requirePresent("linkedTicketId", command.linkedTicketId());
        requirePresent("linkType", command.linkType());
        if (command.linkedTicketId().equals(ticketId)) {
            throw new TicketRuleViolation("linkedTicketId", "a ticket cannot be linked to itself");
        }
        TicketLinkType existing = links.get(command.linkedTicketId());
        if (existing == command.linkType()) {
            return; // linking twice the same way is not a change worth an event
        }
        if (existing != null) {
            throw new TicketRuleViolation(null, "cannot link the ticket: it is already linked to that ticket as "
                    + existing + "; remove that link first");
        }
        if (links.size() >= MAX_LINKS) {
            throw new TicketRuleViolation(null, "cannot link the ticket: a ticket has at most " + MAX_LINKS
                    + " links");
        }
        apply(new TicketLinked(ticketId, command.linkedTicketId(), command.linkType(), command.issuedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(UnlinkTicketCommand command, Clock clock) {
        allow(UNLINK, command.issuedBy());
        requirePresent("linkedTicketId", command.linkedTicketId());
        TicketLinkType existing = links.get(command.linkedTicketId());
        if (existing == null) {
            throw new TicketRuleViolation(null, "cannot unlink the ticket: it has no link to that ticket");
        }
        apply(new TicketUnlinked(ticketId, command.linkedTicketId(), existing, command.issuedBy(), clock.instant()));
    }

    private static String fingerprintOf(AddTicketMessageCommand command) {
        return MessageFingerprint.of(command.visibility(), command.issuedBy(), command.body(), command.attachments());
    }

    /**
     * Refuses the command unless the status table allows {@code action} from the current status; the state
     * comes first, because on a closed ticket nothing else about a command matters.
     */
    private void allow(TicketAction action, Actor issuedBy) {
        TicketLifecycle.next(status, action);
        ActorRules.requireActor(issuedBy);
    }

    @EventSourcingHandler
    void on(TicketOpened event) {
        ticketId = event.ticketId();
        status = TicketStatus.NEW;
        priority = event.priority();
        tags = new LinkedHashSet<>(event.tags());
        customFields = new LinkedHashMap<>(event.customFields());
        links = new LinkedHashMap<>();
        messages = new HashMap<>();
    }

    @EventSourcingHandler
    void on(TicketLinked event) {
        links.put(event.linkedTicketId(), event.linkType());
    }

    @EventSourcingHandler
    void on(TicketUnlinked event) {
        links.remove(event.linkedTicketId());
    }

    @EventSourcingHandler
    void on(TicketCategorized event) {
        tags = new LinkedHashSet<>(event.tags());
    }

    @EventSourcingHandler
    void on(TicketTagsChanged event) {
        tags.removeAll(event.removed());
        tags.addAll(event.added());
    }

    @EventSourcingHandler
    void on(TicketPriorityChanged event) {
        priority = event.to();
    }

    @EventSourcingHandler
    void on(TicketAssigned event) {
        agentId = event.agentId();
        teamId = event.teamId();
        takenUp();
    }

    @EventSourcingHandler
    void on(TicketUnassigned event) {
        agentId = null; // the team keeps the ticket in its queue
    }

    @EventSourcingHandler
    void on(MessageAdded event) {
        messages.put(event.messageId(),
                MessageFingerprint.of(event.visibility(), event.author(), event.body(), event.attachments()));
        if (event.visibility() == MessageVisibility.PUBLIC_REPLY && event.author().kind() == AGENT) {
            if (firstResponseAt == null) {
                firstResponseAt = event.addedAt();
            }
            takenUp();
        }
    }

    @EventSourcingHandler
    void on(TicketAwaitingCustomer event) {
        status = TicketStatus.PENDING;
    }

    @EventSourcingHandler
    void on(TicketPutOnHold event) {
        status = TicketStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(TicketResumed event) {
        status = TicketStatus.OPEN;
    }

    @EventSourcingHandler
    void on(TicketResolved event) {
        status = TicketStatus.RESOLVED;
        resolvedAt = event.resolvedAt();
    }

    @EventSourcingHandler
    void on(TicketReopened event) {
        status = TicketStatus.OPEN;
        resolvedAt = null;
    }

    @EventSourcingHandler
    void on(TicketEscalated event) {
        escalationLevel = event.level();
    }

    @EventSourcingHandler
    void on(SatisfactionRated event) {
        rated = true;
    }

    @EventSourcingHandler
    void on(TicketClosed event) {
        status = TicketStatus.CLOSED;
    }

    /** The first sign of an agent working on a new ticket opens it; later ones leave the status alone. */
    private void takenUp() {
        if (status == TicketStatus.NEW) {
            status = TicketStatus.OPEN;
        }
    }

    // Read by the tests (AggregateTestFixture#expectState); the aggregate has no public getters.
    TicketStatus status() {
        return status;
    }

    Instant firstResponseAt() {
        return firstResponseAt;
    }

    int escalationLevel() {
        return escalationLevel;
    }

    Map<UUID, TicketLinkType> links() {
        return links;
    }
}
