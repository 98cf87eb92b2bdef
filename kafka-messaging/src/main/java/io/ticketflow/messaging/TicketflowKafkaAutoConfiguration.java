package io.ticketflow.messaging;

import io.ticketflow.api.wire.TicketflowDeserializer;
import io.ticketflow.api.wire.TicketflowSerializer;
import io.ticketflow.api.wire.TopicDefinition;
import io.ticketflow.api.wire.Topics;
import io.micrometer.tracing.Tracer;
import io.ticketflow.messaging.tracing.MicrometerTraceParents;
import io.ticketflow.messaging.tracing.TraceParents;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes Spring Boot's Kafka auto-configuration into the Ticketflow wire format and failure policy. It runs
 * before Boot's so that the listener container factory and the template defined here are the ones used;
 * Boot still builds the producer and consumer factories (connection details, SSL, client metrics) and the
 * customizers below pin what the platform relies on.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TicketflowKafkaProperties.class)
public class TicketflowKafkaAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer ticketflowProducerSettings(TicketflowKafkaProperties properties) {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, TicketflowSerializer.class,
                // a published event must survive the loss of a broker and never be written twice by a retry
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, Long.toString(properties.producer().linger().toMillis()),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, properties.producer().compressionType()));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer ticketflowConsumerSettings() {
        return factory -> {
            Map<String, Object> settings = new HashMap<>();
            settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            // an unreadable value must reach the error handler as a record, not kill the poll loop
            settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
            settings.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, TicketflowDeserializer.class);
            // a new consumer group starts from the beginning: projections are built from the whole stream
            if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
                settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            }
            factory.updateConfigs(settings);
        };
    }

    /** The application's producer, with Micrometer observations on. */
    @Bean
    @ConditionalOnMissingBean(KafkaTemplate.class)
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
        KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    DeadLetterProducer ticketflowDeadLetterProducer(ProducerFactory<?, ?> producerFactory) {
        return new DeadLetterProducer(producerFactory.getConfigurationProperties());
    }

    /**
     * Retries a failing record with exponential back-off, then dead-letters it. Records that can never
     * succeed (unreadable value, invalid envelope) skip the retries.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler ticketflowErrorHandler(DeadLetterProducer deadLetters, TicketflowKafkaProperties properties) {
        TicketflowKafkaProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
        errorHandler.addNotRetryableExceptions(InvalidEnvelopeException.class);
        // the container would log every retry and every skipped poison record with a stack trace at ERROR;
        // the dead-letter producer logs one line per record instead
        errorHandler.setLogLevel(KafkaException.Level.DEBUG);
        return errorHandler;
    }

    /**
     * Batch listeners only: a projection writes a whole poll in one transaction instead of one round trip
     * per record, which is what lets a consumer keep up on two cores.
     */
    @Bean
    @ConditionalOnMissingBean(name = "kafkaListenerContainerFactory")
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumerFactory,
            CommonErrorHandler errorHandler) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(errorHandler);
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    /** Without Micrometer Tracing on the classpath, messages published later carry no trace context. */
    @Bean
    @ConditionalOnMissingBean
    TraceParents ticketflowNoTraceParents() {
        return TraceParents.NONE;
    }

    /** Read lazily: the tracer comes from Boot's tracing auto-configuration, whichever order it runs in. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class Tracing {

        @Bean
        @ConditionalOnMissingBean
        TraceParents ticketflowTraceParents(ObjectProvider<Tracer> tracer) {
            Tracer available = tracer.getIfAvailable();
            return available == null ? TraceParents.NONE : new MicrometerTraceParents(available);
        }
    }

    /** Lets a service start against a bare broker: KafkaAdmin creates the topics that are missing. */
    @Bean
    @ConditionalOnProperty(prefix = "ticketflow.kafka", name = "create-topics", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics ticketflowTopics() {
        return new KafkaAdmin.NewTopics(platformTopics().toArray(NewTopic[]::new));
    }

    static List<NewTopic> platformTopics() {
        return Topics.definitions().stream().map(TicketflowKafkaAutoConfiguration::newTopic).toList();
    }

    private static NewTopic newTopic(TopicDefinition definition) {
        // no replication factor: the broker's default fits both a one-node dev broker and a cluster
        return TopicBuilder.name(definition.name())
                .partitions(definition.partitions())
                .configs(definition.configs())
                .build();
    }
}
