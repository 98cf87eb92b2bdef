package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket's events as ticket-service would publish them, written as a story: each step happens at the story's
 * current instant, which {@link #after} moves on. Envelopes carry a fresh event id and the contract's type name.
 */
final class TicketStory {

    static final Actor CUSTOMER = Actor.customer("cust-42");
    static final Actor ROUTING = Actor.system("routing-service");

    final UUID ticketId;
    private final List<Envelope<TicketEvent>> events = new ArrayList<>();
    private Instant now;

    private TicketStory(UUID ticketId, Instant start) {
        this.ticketId = ticketId;
        this.now = start;
    }

    /** A story whose first event, if any, happens at {@code start}. */
    static TicketStory of(UUID ticketId, Instant start) {
        return new TicketStory(ticketId, start);
    }

    /** A ticket opened at {@code openedAt}: an urgent web incident from Acme, tagged login and vpn. */
    static TicketStory opened(UUID ticketId, Instant openedAt) {
        return of(ticketId, openedAt).open(TicketType.INCIDENT, Priority.URGENT, Channel.WEB);
    }

    TicketStory open(TicketType type, Priority priority, Channel channel) {
        return add(new TicketOpened(ticketId, "Cannot log in", "The VPN refuses me.",
                new Requester("ada@example.org", "Ada Lovelace", "Acme"), type, priority, channel,
                List.of("login", "vpn", "login"), Map.of(), CUSTOMER, now));
    }

    TicketStory after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    TicketStory afterSeconds(long seconds) {
        return after(Duration.ofSeconds(seconds));
    }

    Instant now() {
        return now;
    }

    TicketStory categorized(TicketType type, String category, List<String> tags) {
        return add(new TicketCategorized(ticketId, type, category, tags, Actor.agent("agent-1"), now));
    }

    TicketStory tagsChanged(List<String> added, List<String> removed) {
        return add(new TicketTagsChanged(ticketId, added, removed, Actor.agent("agent-1"), now));
    }

    TicketStory priority(Priority from, Priority to) {
        return add(new TicketPriorityChanged(ticketId, from, to, "customer is blocked", Actor.agent("agent-1"), now));
    }

    TicketStory assigned(String agentId, String teamId) {
        return add(new TicketAssigned(ticketId, agentId, teamId, "skills", ROUTING, now));
    }

    TicketStory unassigned(String previousAgentId) {
        return add(new TicketUnassigned(ticketId, previousAgentId, "went offline", ROUTING, now));
    }

    TicketStory agentReplied(String agentId) {
        return message(MessageVisibility.PUBLIC_REPLY, Actor.agent(agentId));
    }

    TicketStory customerReplied() {
        return message(MessageVisibility.PUBLIC_REPLY, CUSTOMER);
    }

    TicketStory noted(String agentId) {
        return message(MessageVisibility.INTERNAL_NOTE, Actor.agent(agentId));
    }

    private TicketStory message(MessageVisibility visibility, Actor author) {
        return add(new MessageAdded(ticketId, UUID.randomUUID(), visibility, author, "a body", List.of(), now));
    }

    TicketStory awaitingCustomer() {
        return add(new TicketAwaitingCustomer(ticketId, "need the logs", Actor.agent("agent-1"), now));
    }

    TicketStory putOnHold() {
        return add(new TicketPutOnHold(ticketId, "vendor", Actor.agent("agent-1"), now));
    }

    TicketStory resumed(Actor by) {
        return add(new TicketResumed(ticketId, by, now));
    }

    TicketStory resolved(Actor by) {
        return add(new TicketResolved(ticketId, ResolutionCode.SOLVED, "restarted it", by, now));
    }

    TicketStory reopened(Actor by) {
        return add(new TicketReopened(ticketId, "the requester replied", by, now));
    }

    TicketStory closed() {
        return add(new TicketClosed(ticketId, Actor.system("auto-closer"), CloseReason.AUTO_CLOSED, null, now));
    }

    TicketStory escalated(int level, EscalationTrigger trigger, String targetTeamId) {
        return add(new TicketEscalated(ticketId, level, trigger, "breach", targetTeamId, Actor.system("sla-service"),
                now));
    }

    TicketStory rated(int score) {
        return add(new SatisfactionRated(ticketId, score, "thanks", CUSTOMER, now));
    }

    /** TicketMerged and the TicketClosed (MERGED) the aggregate applies with it. */
    TicketStory mergedInto(UUID target) {
        add(new TicketMerged(ticketId, target, Actor.agent("agent-1"), now));
        return add(new TicketClosed(ticketId, Actor.agent("agent-1"), CloseReason.MERGED, target, now));
    }

    TicketStory linked(UUID other) {
        return add(new TicketLinked(ticketId, other, TicketLinkType.RELATES_TO, Actor.agent("agent-1"), now));
    }

    TicketStory unlinked(UUID other) {
        return add(new TicketUnlinked(ticketId, other, TicketLinkType.RELATES_TO, Actor.agent("agent-1"), now));
    }

    TicketStory add(TicketEvent event) {
        events.add(envelope(UUID.randomUUID(), now, event));
        return this;
    }

    List<Envelope<TicketEvent>> events() {
        return List.copyOf(events);
    }

    Envelope<TicketEvent> last() {
        return events.get(events.size() - 1);
    }

    static Envelope<TicketEvent> envelope(UUID eventId, Instant occurredAt, TicketEvent event) {
        MessageType type = MessageCatalog.of(event.getClass());
        return new Envelope<>(eventId, type.name(), type.revision(), occurredAt, "test-" + eventId, "tenant-test",
                event.ticketId().toString(), event);
    }
}
