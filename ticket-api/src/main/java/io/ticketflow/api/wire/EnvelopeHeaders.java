package io.ticketflow.api.wire;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Writes and reads the {@link WireHeaders} of an {@link Envelope}: the one place that knows how the
 * metadata of a Ticketflow message looks on Kafka, for producers and consumers alike.
 */
public final class EnvelopeHeaders {

    private EnvelopeHeaders() {
    }

    /** Every header the envelope has a value for; correlation id and tenant are optional. */
    public static Headers write(Envelope<?> envelope) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, WireHeaders.EVENT_ID, envelope.eventId().toString());
        add(headers, WireHeaders.EVENT_TYPE, envelope.type());
        add(headers, WireHeaders.SCHEMA_REVISION, Integer.toString(envelope.revision()));
        add(headers, WireHeaders.OCCURRED_AT, envelope.occurredAt().toString());
        add(headers, WireHeaders.CORRELATION_ID, envelope.correlationId());
        add(headers, WireHeaders.TENANT, envelope.tenant());
        return headers;
    }

    /**
     * The envelope of a consumed message.
     *
     * @throws IllegalArgumentException naming the header, when a required one (event id, type, revision,
     *                                  occurred-at) is missing or malformed
     */
    public static <T> Envelope<T> read(Headers headers, String key, T payload) {
        return new Envelope<>(
                eventId(headers),
                required(headers, WireHeaders.EVENT_TYPE),
                revision(headers),
                occurredAt(headers),
                value(headers, WireHeaders.CORRELATION_ID),
                value(headers, WireHeaders.TENANT),
                key,
                payload);
    }

    /** The last value of a header as a UTF-8 string, or null. */
    public static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID eventId(Headers headers) {
        String value = required(headers, WireHeaders.EVENT_ID);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header " + WireHeaders.EVENT_ID + " is not a UUID: '" + value + "'");
        }
    }

    private static int revision(Headers headers) {
        String value = required(headers, WireHeaders.SCHEMA_REVISION);
        try {
            int revision = Integer.parseInt(value);
            if (revision >= 1) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other malformed values
        }
        throw new IllegalArgumentException(
                "header " + WireHeaders.SCHEMA_REVISION + " is not a positive integer: '" + value + "'");
    }

    private static Instant occurredAt(Headers headers) {
        String value = required(headers, WireHeaders.OCCURRED_AT);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "header " + WireHeaders.OCCURRED_AT + " is not an ISO-8601 instant: '" + value + "'");
        }
    }

    private static String required(Headers headers, String name) {
        String value = value(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
