package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Add and remove tags; results in {@code TicketTagsChanged} with the tags that actually changed.
 *
 * @param add    tags to add
 * @param remove tags to remove
 */
public record ChangeTicketTags(
        UUID commandId,
        UUID ticketId,
        List<String> add,
        List<String> remove,
        Actor issuedBy,
        Instant issuedAt) implements TicketCommand {

    public ChangeTicketTags {
        add = add == null ? List.of() : List.copyOf(add);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
