package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ticket's type and category were set or corrected (by an agent, or by routing's classifier).
 *
 * @param type     the ticket type from now on
 * @param category free-form category within the type, e.g. {@code billing/invoices}
 * @param tags     the full tag set from now on (not a delta; see {@link TicketTagsChanged} for deltas)
 */
public record TicketCategorized(
        UUID ticketId,
        TicketType type,
        String category,
        List<String> tags,
        Actor categorizedBy,
        Instant categorizedAt) implements TicketEvent {

    public TicketCategorized {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
