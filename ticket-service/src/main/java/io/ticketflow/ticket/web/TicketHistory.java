package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.ticket.projection.RecordedTicketEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Body of {@code GET /api/tickets/{id}/history}: the audit trail, every stored event of the ticket.
 *
 * <p>Payloads are served whole, personal data included (requester contact, message bodies); a requester reading
 * their own ticket gets it without the events of internal notes ({@code TicketController}).
 */
public record TicketHistory(UUID ticketId, List<Entry> events) {

    /**
     * @param sequence   position in the ticket's stream, from 0; the last one is the ticket's {@code version}
     * @param type       the logical event name of the contract (as in the Kafka header), never a Java class
     * @param occurredAt when it was stored, the instant {@code ?asOf=} compares against
     * @param actor      who caused it; absent for an event that names nobody
     * @param payload    the event exactly as the contract serialises it
     */
    public record Entry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> payload) {
        @Override
        public String toString() {
            return "Entry[sequence=" + sequence + ", type=" + type + "]"; // the payload may hold personal data
        }
    }

    static TicketHistory of(UUID ticketId, List<RecordedTicketEvent> events) {
        return new TicketHistory(ticketId, events.stream().map(TicketHistory::entry).toList());
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(RecordedTicketEvent recorded) {
        // through the contract's own mapping (Jackson 2, JsonCodec), not the web layer's, so the payload
        // reads the same here as on the topic and in the golden JSON examples
        Map<String, Object> payload = JSON.convertValue(recorded.event(), Map.class);
        return new Entry(recorded.sequence(), MessageCatalog.of(recorded.event().getClass()).name(),
                recorded.occurredAt(), recorded.actor().orElse(null), payload);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = JsonCodec.mapper();

    @Override
    public String toString() {
        return "TicketHistory[ticketId=" + ticketId + ", events=" + events.size() + "]";
    }
}
