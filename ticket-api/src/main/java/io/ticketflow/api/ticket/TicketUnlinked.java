package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A link this ticket made earlier ({@link TicketLinked}) no longer holds.
 *
 * @param linkedTicketId the other ticket
 * @param linkType       the type the link had
 */
public record TicketUnlinked(
        UUID ticketId,
        UUID linkedTicketId,
        TicketLinkType linkType,
        Actor unlinkedBy,
        Instant unlinkedAt) implements TicketEvent {
}
