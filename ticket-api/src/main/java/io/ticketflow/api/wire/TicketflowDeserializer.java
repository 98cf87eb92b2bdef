package io.ticketflow.api.wire;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;


/**
 * Kafka value deserializer: picks the record by the logical type header, and reads a message written at an
 * older schema revision (header {@code ticketflow-schema-revision}) as the current one. A message without a
 * known type or with an unreadable body fails with a {@link SerializationException} whose message says why,
 * so the consumer's error handler can dead-letter it with that reason.
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
            return JsonCodec.fromJson(data, type, revision(headers));
        } catch (RuntimeException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }

    /**
     * The revision the producer wrote, so that a record put on the topic before a revision was raised is
     * upcast. Without a readable header the value is read as the current revision; the consumer's envelope
     * check then refuses the record, naming the header.
     */
    private static int revision(Headers headers) {
        try {
            return Integer.parseInt(String.valueOf(EnvelopeHeaders.value(headers, WireHeaders.SCHEMA_REVISION)));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

}
