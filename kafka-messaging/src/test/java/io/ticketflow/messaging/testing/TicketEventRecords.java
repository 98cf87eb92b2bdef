package io.ticketflow.messaging.testing;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ticket events as the ticket-service publishes them: every header set, keyed by the ticket id. */
public final class TicketEventRecords {

    public static final Instant OPENED_AT = Instant.parse("2026-03-01T09:00:00Z");

    private TicketEventRecords() {
    }

    /** An urgent incident from Acme, opened on the web, tagged {@code login} and {@code vpn}. */
    public static TicketOpened ticketOpened(UUID ticketId) {
        return new TicketOpened(ticketId, "Cannot log in", "Since this morning the VPN refuses me.",
                new Requester("ada@example.org", "Ada Lovelace", "Acme"), TicketType.INCIDENT, Priority.URGENT,
                Channel.WEB, List.of("login", "vpn"), Map.of("site", "Leeds"), Actor.customer("cust-42"), OPENED_AT);
    }

    public static ProducerRecord<String, Object> ticketOpened(UUID eventId, UUID ticketId) {
        return record(eventId, ticketOpened(ticketId));
    }

    public static ProducerRecord<String, Object> record(UUID eventId, TicketOpened event) {
        Envelope<TicketOpened> envelope = new Envelope<>(eventId, "TicketOpened", 1, event.openedAt(),
                "test-" + eventId, "tenant-test", event.ticketId().toString(), event);
        return EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, envelope);
    }
}
