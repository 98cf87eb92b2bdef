package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * This ticket was linked to another one it relates to. The link lives in this ticket's stream only; the
 * linked ticket reads it in the inverse direction ({@link TicketLinkType#inverse()}).
 *
 * @param linkedTicketId the other ticket
 * @param linkType       how this ticket relates to the other one
 */
public record TicketLinked(
        UUID ticketId,
        UUID linkedTicketId,
        TicketLinkType linkType,
        Actor linkedBy,
        Instant linkedAt) implements TicketEvent {
}
