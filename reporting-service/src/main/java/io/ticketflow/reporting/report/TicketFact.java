package io.ticketflow.reporting.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the {@code tickets} view, the fact table analysts query: dimensions, milestones, wall and business
 * durations in seconds, the SLA outcome per target, conversation and satisfaction. No personal data.
 */
public record TicketFact(
        UUID ticketId,
        String type,
        String category,
        String priority,
        String initialPriority,
        String channel,
        String status,
        List<String> tags,
        String requesterOrganisation,
        String teamId,
        String assigneeId,
        Instant openedAt,
        Instant firstAssignedAt,
        Instant firstResponseAt,
        Instant firstResolvedAt,
        Instant resolvedAt,
        Instant reopenedAt,
        Instant closedAt,
        String resolutionCode,
        String resolvedByAgentId,
        String closeReason,
        UUID mergedInto,
        int pendingCount,
        long pendingSeconds,
        int onHoldCount,
        long onHoldSeconds,
        Long firstResponseSeconds,
        Long resolutionSeconds,
        Long firstResponseBusinessSeconds,
        Long resolutionBusinessSeconds,
        String firstResponseSla,
        String resolutionSla,
        long nextResponseSlaMet,
        long nextResponseSlaBreached,
        int publicReplies,
        int internalNotes,
        int reopenCount,
        int escalationCount,
        int escalationLevel,
        Integer satisfactionScore,
        Instant satisfactionRatedAt,
        Instant lastEventAt) implements Tabular {

    @Override
    public ReportTable toTable() {
        return ReportTable.of("ticket-" + ticketId, TicketFact.class, List.of(this));
    }
}
