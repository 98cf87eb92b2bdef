package io.ticketflow.routing.assignment;

import io.ticketflow.api.ticket.Priority;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Routing's view of one ticket while a batch of its events is applied: mutable on purpose, loaded once per
 * batch, changed event by event, written back once.
 */
final class RoutedTicket {

    enum Need { NONE, ROUTE, QUEUED }

    final UUID ticketId;
    String type;
    String category;
    String priority;
    String channel;
    Set<String> tags;
    String language;
    String organisation;
    String status;
    Instant openedAt;
    String teamId;
    String agentId;
    String pendingAgentId;
    UUID pendingCommandId;
    Need need = Need.NONE;
    UUID needEventId;
    Instant needSince;

    RoutedTicket(UUID ticketId) {
        this.ticketId = ticketId;
        this.tags = new LinkedHashSet<>();
    }

    boolean active() {
        return !"RESOLVED".equals(status) && !"CLOSED".equals(status);
    }

    /** The agent whose load this ticket counts toward: the owner, or the one routing has just chosen. */
    String holder() {
        return pendingAgentId != null ? pendingAgentId : agentId;
    }

    void needs(Need what, UUID eventId, Instant since) {
        need = what;
        needEventId = eventId;
        needSince = since;
    }

    int priorityRank() {
        return Priority.valueOf(priority).ordinal() + 1;
    }
}
