package io.ticketflow.reporting.projection;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One {@code ticket_fact} row while it is folded. Mutable so that a fold step can change the few columns an event
 * touches, but {@link TicketFactFold} only ever changes a {@link #copy()}: what it is given stays as it was.
 * Holds no personal data (see V1), so printing it is safe.
 */
final class TicketFactRow {

    /** The columns, in the order {@link #columns()} gives their values. */
    static final List<String> COLUMNS = List.of(
            "ticket_id", "type", "category", "priority", "initial_priority", "channel", "status", "tags",
            "requester_organisation", "team_id", "assignee_id",
            "opened_at", "first_assigned_at", "first_response_at", "first_resolved_at", "resolved_at", "reopened_at",
            "closed_at", "resolution_code", "resolved_by_agent_id", "close_reason", "merged_into",
            "pending_count", "pending_seconds", "on_hold_count", "on_hold_seconds",
            "first_response_seconds", "resolution_seconds",
            "public_replies", "internal_notes", "reopen_count", "escalation_count", "escalation_level",
            "satisfaction_score", "satisfaction_rated_at",
            "status_since", "current_span_seq", "current_span_from",
            "version", "last_event_id", "last_event_at");

    UUID ticketId;
    String type;
    String category;
    String priority;
    String initialPriority;
    String channel;
    String status;
    List<String> tags = List.of();
    String requesterOrganisation;
    String teamId;
    String assigneeId;
    Instant openedAt;
    Instant firstAssignedAt;
    Instant firstResponseAt;
    Instant firstResolvedAt;
    Instant resolvedAt;
    Instant reopenedAt;
    Instant closedAt;
    String resolutionCode;
    String resolvedByAgentId;
    String closeReason;
    UUID mergedInto;
    int pendingCount;
    long pendingSeconds;
    int onHoldCount;
    long onHoldSeconds;
    Long firstResponseSeconds;
    Long resolutionSeconds;
    int publicReplies;
    int internalNotes;
    int reopenCount;
    int escalationCount;
    int escalationLevel;
    Integer satisfactionScore;
    Instant satisfactionRatedAt;
    Instant statusSince;
    int currentSpanSeq;
    Instant currentSpanFrom;
    long version;
    UUID lastEventId;
    Instant lastEventAt;

    /** The values of {@link #COLUMNS}, in that order. */
    Object[] columns() {
        return new Object[] {
                ticketId, type, category, priority, initialPriority, channel, status, tags,
                requesterOrganisation, teamId, assigneeId,
                openedAt, firstAssignedAt, firstResponseAt, firstResolvedAt, resolvedAt, reopenedAt,
                closedAt, resolutionCode, resolvedByAgentId, closeReason, mergedInto,
                pendingCount, pendingSeconds, onHoldCount, onHoldSeconds,
                firstResponseSeconds, resolutionSeconds,
                publicReplies, internalNotes, reopenCount, escalationCount, escalationLevel,
                satisfactionScore, satisfactionRatedAt,
                statusSince, currentSpanSeq, currentSpanFrom,
                version, lastEventId, lastEventAt};
    }

    TicketFactRow copy() {
        TicketFactRow copy = new TicketFactRow();
        copy.ticketId = ticketId;
        copy.type = type;
        copy.category = category;
        copy.priority = priority;
        copy.initialPriority = initialPriority;
        copy.channel = channel;
        copy.status = status;
        copy.tags = List.copyOf(tags);
        copy.requesterOrganisation = requesterOrganisation;
        copy.teamId = teamId;
        copy.assigneeId = assigneeId;
        copy.openedAt = openedAt;
        copy.firstAssignedAt = firstAssignedAt;
        copy.firstResponseAt = firstResponseAt;
        copy.firstResolvedAt = firstResolvedAt;
        copy.resolvedAt = resolvedAt;
        copy.reopenedAt = reopenedAt;
        copy.closedAt = closedAt;
        copy.resolutionCode = resolutionCode;
        copy.resolvedByAgentId = resolvedByAgentId;
        copy.closeReason = closeReason;
        copy.mergedInto = mergedInto;
        copy.pendingCount = pendingCount;
        copy.pendingSeconds = pendingSeconds;
        copy.onHoldCount = onHoldCount;
        copy.onHoldSeconds = onHoldSeconds;
        copy.firstResponseSeconds = firstResponseSeconds;
        copy.resolutionSeconds = resolutionSeconds;
        copy.publicReplies = publicReplies;
        copy.internalNotes = internalNotes;
        copy.reopenCount = reopenCount;
        copy.escalationCount = escalationCount;
        copy.escalationLevel = escalationLevel;
        copy.satisfactionScore = satisfactionScore;
        copy.satisfactionRatedAt = satisfactionRatedAt;
        copy.statusSince = statusSince;
        copy.currentSpanSeq = currentSpanSeq;
        copy.currentSpanFrom = currentSpanFrom;
        copy.version = version;
        copy.lastEventId = lastEventId;
        copy.lastEventAt = lastEventAt;
        return copy;
    }

    /** The open span this row describes: its (status, team, assignee, priority) and the dimensions it carries. */
    TicketStatusSpan currentSpan(Instant validTo) {
        return new TicketStatusSpan(ticketId, currentSpanSeq, status, teamId, assigneeId, priority, type, channel,
                openedAt, currentSpanFrom, validTo);
    }

    /** Column name to value, in column order: what tests compare and print. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        Object[] values = columns();
        for (int i = 0; i < values.length; i++) {
            map.put(COLUMNS.get(i), values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketFactRow row && Arrays.equals(columns(), row.columns());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(columns());
    }

    @Override
    public String toString() {
        return "TicketFactRow" + asMap();
    }
}
