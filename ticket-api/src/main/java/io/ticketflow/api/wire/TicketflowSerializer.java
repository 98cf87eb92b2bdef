package io.ticketflow.api.wire;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * Kafka value serializer for Ticketflow messages: writes the JSON body and sets the type and
 * schema-revision headers from the {@link MessageCatalog}. Event id, occurred-at and correlation id are the producer's to
 * set, because only it knows them (see {@link WireHeaders}).
 */
public class TicketflowSerializer implements Serializer<Object> {

    /** Without headers there is nowhere to put the type; producers always pass them, this is for tools. */
    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : JsonCodec.toJson(data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        MessageType type = MessageCatalog.of(data.getClass());
        // Overwritten, not only defaulted: headers copied from a consumed record (a relay, a retry) would
        // otherwise keep the type of the message that came in, not of the one going out.
        replace(headers, WireHeaders.EVENT_TYPE, type.name());
        replace(headers, WireHeaders.SCHEMA_REVISION, Integer.toString(type.revision()));
        return JsonCodec.toJson(data);
    }

    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
