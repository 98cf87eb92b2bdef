package io.ticketflow.reporting.projection;

import java.time.Instant;
import java.util.UUID;

/** One {@code ticket_escalation} row, one per {@code TicketEscalated}, identified by that event's id. */
record TicketEscalationRow(
        UUID eventId,
        UUID ticketId,
        int level,
        String trigger,
        String targetTeamId,
        Instant escalatedAt) {
}
