package io.ticketflow.api.intake;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request to open a ticket, sent by another system (a monitoring tool, a web shop, a mail gateway).
 *
 * <p>The record carries the sending system's access token in the
 * {@link io.ticketflow.api.wire.WireHeaders#AUTHORIZATION} header: who opens the ticket is the token's subject
 * (the system's client id), verified, not {@code sourceSystem}, which anyone who may write the topic could set.
 *
 * @param submissionId      idempotency key chosen by the sender; the same id never opens two tickets
 * @param sourceSystem      which system it comes from, e.g. {@code shop-backend}: descriptive, and part of the
 *                          ticket's identity with {@code externalReference}; an organisation may bind it to the
 *                          token's client (ticket-service's {@code ticketflow.intake.sources})
 * @param externalReference the sender's own id for the matter (an order number, an alert id); may be null
 * @param subject           one-line summary
 * @param description       the request in full (personal data)
 * @param requester         who the ticket is for (personal data)
 * @param type              what kind of request it is
 * @param priority          the sender's view of urgency; null lets ticket-service decide
 * @param channel           how the request reached the sender
 * @param tags              initial tags; empty when none
 * @param customFields      type-specific fields; empty when none
 * @param submittedAt       when the sender submitted it
 */
public record TicketSubmission(
        UUID submissionId,
        String sourceSystem,
        String externalReference,
        String subject,
        String description,
        Requester requester,
        TicketType type,
        Priority priority,
        Channel channel,
        List<String> tags,
        Map<String, String> customFields,
        Instant submittedAt) {

    public TicketSubmission {
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    @Override
    public String toString() {
        return "TicketSubmission[submissionId=" + submissionId + ", sourceSystem=" + sourceSystem
                + ", externalReference=" + externalReference + ", type=" + type + ", priority=" + priority
                + ", channel=" + channel + "]";
    }
}
