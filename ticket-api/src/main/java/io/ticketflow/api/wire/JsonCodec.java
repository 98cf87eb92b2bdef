package io.ticketflow.api.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of Ticketflow messages. Instants and durations as ISO-8601 strings, map entries sorted so that
 * the same message always serialises to the same bytes, unknown properties ignored so that a consumer
 * keeps working when a producer adds an optional field (a compatible schema change).
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private JsonCodec() {
    }

    /** A copy, so callers can neither change nor share the canonical configuration. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static byte[] toJson(Object message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + message.getClass().getSimpleName(), e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName() + ": " + originalMessage(e), e);
        }
    }

    /** Reads a message by its logical type name, as found in the {@link WireHeaders#EVENT_TYPE} header. */
    public static Object fromJson(byte[] json, String logicalType) {
        MessageType type = MessageCatalog.byName(logicalType)
                .orElseThrow(() -> new IllegalArgumentException("unknown message type '" + logicalType + "'"));
        return fromJson(json, type.javaType());
    }

    /**
     * Reads a message written at schema revision {@code revision} (the {@link WireHeaders#SCHEMA_REVISION}
     * header) as its current revision: an older one is upcast first ({@link Upcasting}).
     */
    public static Object fromJson(byte[] json, String logicalType, int revision) {
        MessageType type = MessageCatalog.byName(logicalType)
                .orElseThrow(() -> new IllegalArgumentException("unknown message type '" + logicalType + "'"));
        if (!Upcasting.isOutdated(type, revision)) {
            return fromJson(json, type.javaType());
        }
        try {
            if (!(MAPPER.readTree(json) instanceof ObjectNode message)) {
                throw new IllegalArgumentException("unreadable " + type.name() + ": not a JSON object");
            }
            return MAPPER.treeToValue(Upcasting.toCurrent(type, revision, message), type.javaType());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.name() + " (revision " + revision + "): "
                    + originalMessage(e), e);
        }
    }

    private static String originalMessage(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }
}
