package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.TicketflowDeserializer;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Converts between {@link Envelope}s and Kafka records, headers included (see {@link WireHeaders}). */
public final class EnvelopeRecords {

    private static final LogAccessor LOG = new LogAccessor(EnvelopeRecords.class);

    private EnvelopeRecords() {
    }

    /** A record for {@code topic} keyed by the envelope's key, carrying every header the envelope has a value for. */
    public static ProducerRecord<String, Object> toProducerRecord(String topic, Envelope<?> envelope) {
        List<Header> headers = new ArrayList<>(6);
        add(headers, WireHeaders.EVENT_ID, envelope.eventId().toString());
        add(headers, WireHeaders.EVENT_TYPE, envelope.type());
        add(headers, WireHeaders.SCHEMA_REVISION, Integer.toString(envelope.revision()));
        add(headers, WireHeaders.OCCURRED_AT, envelope.occurredAt().toString());
        add(headers, WireHeaders.CORRELATION_ID, envelope.correlationId());
        add(headers, WireHeaders.TENANT, envelope.tenant());
        return new ProducerRecord<>(topic, null, envelope.key(), envelope.payload(), headers);
    }

    /**
     * The envelope of a consumed record.
     *
     * @throws DeserializationException when the value could not be read (it was consumed through an
     *                                  {@code ErrorHandlingDeserializer}, which leaves the failure in a header)
     * @throws InvalidEnvelopeException when a required header (event id, type, revision, occurred-at) is
     *                                  missing or malformed
     */
    public static Envelope<Object> toEnvelope(ConsumerRecord<String, ?> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(
                record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            throw unreadable;
        }
        if (record.value() == null) {
            throw invalid(record, "no value");
        }
        return new Envelope<>(
                eventId(record),
                required(record, WireHeaders.EVENT_TYPE),
                revision(record),
                occurredAt(record),
                TicketflowDeserializer.header(record.headers(), WireHeaders.CORRELATION_ID),
                TicketflowDeserializer.header(record.headers(), WireHeaders.TENANT),
                record.key(),
                record.value());
    }

    private static UUID eventId(ConsumerRecord<String, ?> record) {
        String value = required(record, WireHeaders.EVENT_ID);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(record, "header " + WireHeaders.EVENT_ID + " is not a UUID: '" + value + "'");
        }
    }

    private static int revision(ConsumerRecord<String, ?> record) {
        String value = required(record, WireHeaders.SCHEMA_REVISION);
        try {
            int revision = Integer.parseInt(value);
            if (revision >= 1) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other malformed values
        }
        throw invalid(record, "header " + WireHeaders.SCHEMA_REVISION + " is not a positive integer: '" + value + "'");
    }

    private static Instant occurredAt(ConsumerRecord<String, ?> record) {
        String value = required(record, WireHeaders.OCCURRED_AT);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(record, "header " + WireHeaders.OCCURRED_AT + " is not an ISO-8601 instant: '" + value + "'");
        }
    }

    private static String required(ConsumerRecord<String, ?> record, String header) {
        String value = TicketflowDeserializer.header(record.headers(), header);
        if (value == null || value.isBlank()) {
            throw invalid(record, "missing header " + header);
        }
        return value;
    }

    private static InvalidEnvelopeException invalid(ConsumerRecord<String, ?> record, String problem) {
        return new InvalidEnvelopeException(
                record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + problem);
    }

    private static void add(List<Header> headers, String name, String value) {
        if (value != null) {
            headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
