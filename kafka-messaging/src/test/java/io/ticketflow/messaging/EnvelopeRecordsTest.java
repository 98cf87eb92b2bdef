package io.ticketflow.messaging;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeRecordsTest {

    private static final UUID TICKET = UUID.fromString("6f1c2f1e-8a47-4c39-9a34-0d8e4d1f7a10");
    private static final TicketOpened OPENED = new TicketOpened(TICKET, "Printer on fire", "It smokes.",
            new Requester("ada@example.org", "Ada", "Acme"), TicketType.INCIDENT, Priority.HIGH, Channel.EMAIL,
            List.of("hardware"), Map.of(), Actor.customer("cust-42"), Instant.parse("2026-01-02T03:04:05Z"));
    private static final Envelope<TicketOpened> ENVELOPE = new Envelope<>(UUID.randomUUID(), "TicketOpened", 1,
            Instant.parse("2026-01-02T03:04:05.123Z"), "corr-1", "tenant-a", TICKET.toString(), OPENED);

    @Test
    void an_envelope_survives_the_trip_through_a_record() {
        ProducerRecord<String, Object> sent = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE);

        Envelope<Object> received = EnvelopeRecords.toEnvelope(consumed(sent.headers(), sent.key(), sent.value()));

        assertThat(received).isEqualTo(ENVELOPE);
    }

    @Test
    void the_record_is_keyed_by_the_envelope_key_and_goes_to_the_given_topic() {
        ProducerRecord<String, Object> record = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE);

        assertThat(record.topic()).isEqualTo(Topics.TICKET_EVENTS);
        assertThat(record.key()).isEqualTo(TICKET.toString());
        assertThat(record.partition()).isNull();
    }

    @Test
    void absent_correlation_id_and_tenant_are_left_out_rather_than_sent_empty() {
        Envelope<TicketOpened> bare = new Envelope<>(UUID.randomUUID(), "TicketOpened", 1, Instant.now(),
                null, null, TICKET.toString(), OPENED);

        Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, bare).headers();

        assertThat(headers.lastHeader(WireHeaders.CORRELATION_ID)).isNull();
        assertThat(headers.lastHeader(WireHeaders.TENANT)).isNull();
        assertThat(EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), OPENED))).isEqualTo(bare);
    }

    @Test
    void a_missing_event_id_is_named_in_the_failure() {
        Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE).headers();
        headers.remove(WireHeaders.EVENT_ID);

        assertThatThrownBy(() -> EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), OPENED)))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessage("ticketflow.ticket-events-2@41: missing header ticketflow-event-id");
    }

    @Test
    void every_required_header_is_checked() {
        for (String required : List.of(WireHeaders.EVENT_TYPE, WireHeaders.SCHEMA_REVISION, WireHeaders.OCCURRED_AT)) {
            Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE).headers();
            headers.remove(required);

            assertThatThrownBy(() -> EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), OPENED)))
                    .isInstanceOf(InvalidEnvelopeException.class)
                    .hasMessageEndingWith("missing header " + required);
        }
    }

    @Test
    void a_malformed_event_id_is_quoted_in_the_failure() {
        Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE).headers();
        headers.remove(WireHeaders.EVENT_ID);
        headers.add(WireHeaders.EVENT_ID, "not-a-uuid".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), OPENED)))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageEndingWith("header ticketflow-event-id is not a UUID: 'not-a-uuid'");
    }

    @Test
    void a_revision_below_one_is_rejected() {
        Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE).headers();
        headers.remove(WireHeaders.SCHEMA_REVISION);
        headers.add(WireHeaders.SCHEMA_REVISION, "0".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), OPENED)))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageEndingWith("is not a positive integer: '0'");
    }

    @Test
    void a_record_without_a_value_is_rejected() {
        Headers headers = EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, ENVELOPE).headers();

        assertThatThrownBy(() -> EnvelopeRecords.toEnvelope(consumed(headers, TICKET.toString(), null)))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageEndingWith("no value");
    }

    private static ConsumerRecord<String, Object> consumed(Headers headers, String key, Object value) {
        return new ConsumerRecord<>(Topics.TICKET_EVENTS, 2, 41L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value,
                new RecordHeaders(headers.toArray()), Optional.empty());
    }
}
