package io.ticketflow.sla.timer;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.sla.SlaIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the clock ITs share: a policy of their own (covering only their organisation) with targets of seconds, so
 * warnings and breaches happen while the test watches, and ticket events published on the real topic.
 */
abstract class TicketEventsIT extends SlaIntegrationTest {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    /**
     * A policy for HIGH and URGENT tickets of a fresh organisation (URGENT: the same response targets, 30 minutes
     * to resolve); answers the organisation.
     */
    String policy(String firstResponse, String resolution, List<Map<String, Object>> escalations) throws Exception {
        String organisation = unique("org");
        post("/api/sla/policies", Map.of("id", unique("it"), "name", "IT " + organisation, "rank", 1,
                "organisations", List.of(organisation),
                "targets", Map.of("HIGH", Map.of("firstResponse", firstResponse, "nextResponse", firstResponse,
                        "resolution", resolution), "URGENT", Map.of("firstResponse", firstResponse,
                        "nextResponse", firstResponse, "resolution", "PT30M")),
                "warningThreshold", 50, "pauseOnHold", false, "escalations", escalations))
                .andExpect(status().isCreated());
        return organisation;
    }

    TicketOpened opened(String organisation, Instant at) {
        return new TicketOpened(UUID.randomUUID(), "Printer on fire", "It smokes",
                new Requester("alice@example.com", "Alice", organisation), TicketType.INCIDENT, Priority.HIGH,
                Channel.WEB, List.of(), Map.of(), Actor.customer("alice"), at);
    }

    /** Publishes a ticket event as ticket-service would, under a fresh event id; answers the envelope. */
    Envelope<Object> publish(TicketEvent event, Instant at) {
        MessageType type = MessageCatalog.of(event.getClass());
        Envelope<Object> envelope = new Envelope<>(UUID.randomUUID(), type.name(), type.revision(), at,
                "it-" + event.ticketId(), "default", event.ticketId().toString(), event);
        publish(envelope);
        return envelope;
    }

    /** The message a record carries, read by its logical type header. */
    static Object payload(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(WireHeaders.EVENT_TYPE);
        return JsonCodec.fromJson(record.value(), new String(type.value(), StandardCharsets.UTF_8));
    }

    static Predicate<ConsumerRecord<String, byte[]>> of(String key, Class<?> type) {
        return record -> key.equals(record.key()) && type.isInstance(payload(record));
    }

    void publish(Envelope<Object> envelope) {
        kafka.send(EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, envelope)).join();
    }
}
