package io.ticketflow.api.wire;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;


/**
 * Kafka value deserializer: picks the record by the logical type header. A message without a known type
 * or with an unreadable body fails with a {@link SerializationException} whose message says why, so the
 * consumer's error handler can dead-letter it with that reason.
 */
public class TicketflowDeserializer implements Deserializer<Object> {

    @Override
    public Object deserialize(String topic, byte[] data) {
        throw new SerializationException("Ticketflow messages need the " + WireHeaders.EVENT_TYPE + " header");
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        String type = EnvelopeHeaders.value(headers, WireHeaders.EVENT_TYPE);
        if (type == null) {
            throw new SerializationException("missing header " + WireHeaders.EVENT_TYPE);
        }
        if (data == null) {
            throw new SerializationException("empty value for " + type);
        }
        try {
            return JsonCodec.fromJson(data, type);
        } catch (RuntimeException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }

}
