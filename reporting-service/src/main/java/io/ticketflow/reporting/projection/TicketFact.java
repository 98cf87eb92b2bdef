package io.ticketflow.reporting.projection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What reporting knows about one ticket.
 *
 * @param version how many of the ticket's events have been folded into this fact (1 while only
 *                {@code TicketOpened} is); a rebuild must reproduce it. Not a lock or schema version.
 */
public record TicketFact(
        UUID ticketId,
        String type,
        String priority,
        String channel,
        String status,
        List<String> tags,
        String requesterOrganisation,
        Instant openedAt,
        UUID lastEventId,
        Instant projectedAt,
        long version) {
}
