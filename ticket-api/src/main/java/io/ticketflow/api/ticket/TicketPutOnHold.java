package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket is parked (status {@link TicketStatus#ON_HOLD}), typically waiting on a third party; SLA clocks
 * pause.
 *
 * @param reason why it is on hold
 */
public record TicketPutOnHold(
        UUID ticketId,
        String reason,
        Actor putOnHoldBy,
        Instant putOnHoldAt) implements TicketEvent {
}
