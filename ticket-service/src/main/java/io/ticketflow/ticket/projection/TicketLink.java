package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.TicketLinkType;

import java.time.Instant;
import java.util.UUID;

/**
 * A link as the ticket being read sees it, whichever of the two tickets made it.
 *
 * @param ticketId the other ticket
 * @param type     how the ticket being read relates to the other one: a link the other ticket made reads
 *                 inverted (it CAUSES what is CAUSED_BY it)
 * @param linkedAt when the link was made
 */
public record TicketLink(UUID ticketId, TicketLinkType type, Instant linkedAt) {
}
