package io.ticketflow.api.wire;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * Kafka value serializer for Ticketflow messages: writes the JSON body and makes sure the type and
 * schema-revision headers are present. Event id, occurred-at and correlation id are the producer's to
 * set, because only it knows them (see {@link WireHeaders}).
 */
public class TicketflowSerializer implements Serializer<Object> {

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
        if (headers.lastHeader(WireHeaders.EVENT_TYPE) == null) {
            headers.add(WireHeaders.EVENT_TYPE, type.name().getBytes(StandardCharsets.UTF_8));
        }
        if (headers.lastHeader(WireHeaders.SCHEMA_REVISION) == null) {
            headers.add(WireHeaders.SCHEMA_REVISION,
                    Integer.toString(type.revision()).getBytes(StandardCharsets.UTF_8));
        }
        return JsonCodec.toJson(data);
    }
}
