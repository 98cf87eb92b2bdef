package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.CloseReason;

import java.time.Instant;
import java.util.UUID;

/**
 * Close the ticket for good; results in {@code TicketClosed} (and {@code TicketMerged} first when merging).
 *
 * @param reason     why it is closed
 * @param mergedInto the ticket to merge into when {@code reason} is {@code MERGED}; else null
 */
public record CloseTicket(
        UUID commandId,
        UUID ticketId,
        CloseReason reason,
        UUID mergedInto,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {

    public CloseTicket {
        if ((reason == CloseReason.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("mergedInto is required when, and only when, the reason is MERGED");
        }
    }
}
