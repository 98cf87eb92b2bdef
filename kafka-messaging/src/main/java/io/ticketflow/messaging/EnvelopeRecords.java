package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.EnvelopeHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Converts between {@link Envelope}s and Kafka records; the headers themselves are the contract's
 * ({@link EnvelopeHeaders}), this adds the record around them and the consumer-side failure handling.
 */
public final class EnvelopeRecords {

    private static final LogAccessor LOG = new LogAccessor(EnvelopeRecords.class);

    private EnvelopeRecords() {
    }

    /** A record for {@code topic} keyed by the envelope's key, carrying every header the envelope has a value for. */
    public static ProducerRecord<String, Object> toProducerRecord(String topic, Envelope<?> envelope) {
        return new ProducerRecord<>(topic, null, envelope.key(), envelope.payload(), EnvelopeHeaders.write(envelope));
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
        try {
            return EnvelopeHeaders.read(record.headers(), record.key(), record.value());
        } catch (IllegalArgumentException e) {
            throw invalid(record, e.getMessage());
        }
    }

    private static InvalidEnvelopeException invalid(ConsumerRecord<String, ?> record, String problem) {
        return new InvalidEnvelopeException(
                record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + problem);
    }
}
