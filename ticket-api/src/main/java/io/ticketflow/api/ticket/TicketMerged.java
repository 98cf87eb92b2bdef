package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * This ticket (the source, {@code ticketId}) was merged into another one because both are about the same
 * request; a {@link TicketClosed} with {@link CloseReason#MERGED} follows on the source.
 *
 * @param ticketId       the source ticket, the one that goes away
 * @param targetTicketId the ticket that carries on
 */
public record TicketMerged(
        UUID ticketId,
        UUID targetTicketId,
        Actor mergedBy,
        Instant mergedAt) implements TicketEvent {
}
