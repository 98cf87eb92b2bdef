package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new ticket exists. First event of every ticket stream; the ticket starts in {@link TicketStatus#NEW}.
 *
 * @param description  the request in the requester's words (personal data)
 * @param customFields type-specific fields (for example {@code productVersion} on a bug report)
 * @param openedBy     who entered it: the requester, an agent on the phone, or a system
 */
public record TicketOpened(
        UUID ticketId,
        String subject,
        String description,
        Requester requester,
        TicketType type,
        Priority priority,
        Channel channel,
        List<String> tags,
        Map<String, String> customFields,
        Actor openedBy,
        Instant openedAt) implements TicketEvent {

    public TicketOpened {
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    @Override
    public String toString() {
        return "TicketOpened[ticketId=" + ticketId + ", type=" + type + ", priority=" + priority
                + ", channel=" + channel + "]";
    }
}
