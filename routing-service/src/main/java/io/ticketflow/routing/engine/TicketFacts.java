package io.ticketflow.routing.engine;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What routing knows of a ticket when it decides. No personal data: the organisation is the requester's
 * company, not the person.
 *
 * @param type         the ticket type's name, e.g. {@code INCIDENT}
 * @param category     free text set by agents; null when uncategorised
 * @param priority     the priority's name, e.g. {@code URGENT}
 * @param channel      the channel's name, e.g. {@code EMAIL}
 * @param language     BCP 47 tag of the requester's language; null when unknown (then any agent will do)
 * @param organisation the requester's organisation; null when none
 */
public record TicketFacts(UUID ticketId, String type, String category, Set<String> tags, String priority,
        String channel, String language, String organisation, Instant openedAt) {

    public TicketFacts {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
