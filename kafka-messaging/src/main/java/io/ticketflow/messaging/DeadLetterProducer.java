package io.ticketflow.messaging;

import io.ticketflow.api.wire.TicketflowSerializer;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The producer that writes to dead-letter topics. It has its own producer because a record that could not
 * be read is dead-lettered with its original bytes, which the strict wire serializer of the application's
 * producer rightly refuses; everything else is written as the message it was.
 */
final class DeadLetterProducer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProducer.class);

    private final DefaultKafkaProducerFactory<String, Object> producerFactory;

    DeadLetterProducer(Map<String, Object> producerConfig) {
        Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
        serializers.put(byte[].class, new ByteArraySerializer());
        serializers.put(Object.class, new TicketflowSerializer());
        this.producerFactory = new DefaultKafkaProducerFactory<>(
                producerConfig, new StringSerializer(), new DelegatingByTypeSerializer(serializers, true));
    }

    /**
     * Publishes to {@code <topic>.DLT}, same partition, with {@link WireHeaders#DLT_REASON} added and
     * {@link WireHeaders#AUTHORIZATION} removed, and logs
     * one line naming the record and the kind of failure; the reason itself stays in the header, because
     * a parser's message may quote a piece of the payload, which may be personal data.
     */
    ConsumerAwareRecordRecoverer recoverer() {
        DeadLetterPublishingRecoverer publisher = publisher();
        return (record, consumer, failure) -> {
            LOG.warn("dead-lettering {}-{}@{} after {}", record.topic(), record.partition(), record.offset(),
                    DeadLetterReason.kind(failure));
            publisher.accept(record, consumer, failure);
        };
    }

    private DeadLetterPublishingRecoverer publisher() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                new KafkaTemplate<>(producerFactory),
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition())) {
            @Override
            protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
                    TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
                // a credential, maybe a person's live bearer token: a dead-letter topic is read by operators and
                // kept forever, so it never gets one (a replayed record needs a fresh token anyway)
                headers.remove(WireHeaders.AUTHORIZATION);
                return super.createProducerRecord(record, topicPartition, headers, key, value);
            }
        };
        recoverer.setHeadersFunction((record, failure) -> new RecordHeaders(List.of(new RecordHeader(
                WireHeaders.DLT_REASON, DeadLetterReason.of(failure).getBytes(StandardCharsets.UTF_8)))));
        return recoverer;
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
