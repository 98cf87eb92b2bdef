package io.ticketflow.reporting.projection;

import java.time.Instant;
import java.util.UUID;

/**
 * One {@code ticket_status_span} row: the ticket in one (status, team, assignee, priority) from {@code validFrom}
 * until {@code validTo}, open-ended (null) while it lasts. {@code type} and {@code channel} are the ticket's when the
 * span began.
 */
record TicketStatusSpan(
        UUID ticketId,
        int seq,
        String status,
        String teamId,
        String assigneeId,
        String priority,
        String type,
        String channel,
        Instant openedAt,
        Instant validFrom,
        Instant validTo) {

    /**
     * This span as a later write of it leaves it: a span's columns are fixed when it begins and only its end is
     * written afterwards (the table's upsert does the same), so a batch and a replay agree however they are cut.
     */
    TicketStatusSpan endedBy(TicketStatusSpan later) {
        return new TicketStatusSpan(ticketId, seq, status, teamId, assigneeId, priority, type, channel, openedAt,
                validFrom, later.validTo);
    }
}
