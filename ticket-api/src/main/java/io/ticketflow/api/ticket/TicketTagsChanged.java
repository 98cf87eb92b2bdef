package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tags were added to or removed from the ticket. A delta, so that two agents tagging at once do not undo
 * each other.
 *
 * @param added   tags the ticket did not have before
 * @param removed tags the ticket no longer has
 */
public record TicketTagsChanged(
        UUID ticketId,
        List<String> added,
        List<String> removed,
        Actor changedBy,
        Instant changedAt) implements TicketEvent {

    public TicketTagsChanged {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
