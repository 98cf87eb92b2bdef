package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Add and remove tags: a delta, so that two agents tagging at once do not undo each other.
 *
 * @param add    tags to add; null means none
 * @param remove tags to remove; null means none
 */
public record ChangeTicketTagsCommand(
        @TargetAggregateIdentifier UUID ticketId,
        List<String> add,
        List<String> remove,
        Actor issuedBy) {
}
