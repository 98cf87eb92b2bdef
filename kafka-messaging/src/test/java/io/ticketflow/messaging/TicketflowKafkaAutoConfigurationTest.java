package io.ticketflow.messaging;

import io.ticketflow.api.wire.TicketflowDeserializer;
import io.ticketflow.api.wire.TicketflowSerializer;
import io.ticketflow.api.wire.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The settings every service gets without writing them; no broker is needed to build the beans. */
class TicketflowKafkaAutoConfigurationTest {

    // the admin would otherwise reach for a broker while the context starts
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TicketflowKafkaAutoConfiguration.class, KafkaAutoConfiguration.class))
            .withPropertyValues("spring.kafka.admin.auto-create=false");

    @Test
    void producers_write_the_wire_format_with_acks_all_idempotence_linger_and_compression() {
        runner.run(context -> assertThat(context.getBean(ProducerFactory.class).getConfigurationProperties())
                .containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, TicketflowSerializer.class)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "5")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));
    }

    @Test
    void linger_and_compression_are_configurable() {
        runner.withPropertyValues("ticketflow.kafka.producer.linger=20ms", "ticketflow.kafka.producer.compression-type=zstd")
                .run(context -> assertThat(context.getBean(ProducerFactory.class).getConfigurationProperties())
                        .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20")
                        .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"));
    }

    @Test
    void consumers_read_values_through_the_error_handling_deserializer_from_the_start_of_the_topic() {
        runner.run(context -> assertThat(context.getBean(ConsumerFactory.class).getConfigurationProperties())
                .containsEntry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)
                .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class)
                .containsEntry(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, TicketflowDeserializer.class)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    @Test
    void a_service_that_chose_its_offset_reset_keeps_it() {
        runner.withPropertyValues("spring.kafka.consumer.auto-offset-reset=latest")
                .run(context -> assertThat(context.getBean(ConsumerFactory.class).getConfigurationProperties())
                        .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"));
    }

    @Test
    void listeners_are_batch_listeners_with_the_dead_lettering_error_handler_and_observations() {
        runner.run(context -> {
            ConcurrentKafkaListenerContainerFactory<?, ?> factory =
                    context.getBean("kafkaListenerContainerFactory", ConcurrentKafkaListenerContainerFactory.class);
            assertThat(factory.isBatchListener()).isTrue();
            assertThat(factory.getContainerProperties().isObservationEnabled()).isTrue();
            assertThat(context.getBean(CommonErrorHandler.class)).isInstanceOf(DefaultErrorHandler.class);
        });
    }

    @Test
    void every_platform_topic_and_its_dead_letter_topic_is_declared_with_its_partitions_retention_and_timestamps() {
        runner.run(context -> assertThat(context).hasSingleBean(KafkaAdmin.NewTopics.class));
        assertThat(TicketflowKafkaAutoConfiguration.platformTopics())
                .extracting(NewTopic::name, topic -> topic.numPartitions(),
                        topic -> Long.parseLong(topic.configs().get(TopicConfig.RETENTION_MS_CONFIG)),
                        topic -> topic.configs().get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG))
                .containsExactlyElementsOf(Topics.definitions().stream()
                        .map(definition -> tuple(definition.name(), definition.partitions(), definition.retentionMs(),
                                definition.brokerTimestamp() ? "LogAppendTime" : null))
                        .toList());
        // the one topic whose timestamps a consumer trusts (its tokens are judged at them) gets the broker's
        assertThat(TicketflowKafkaAutoConfiguration.platformTopics()).filteredOn(topic -> topic.name()
                .equals(Topics.INTAKE)).singleElement().satisfies(intake -> assertThat(intake.configs())
                        .containsEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"));
    }

    @Test
    void topic_creation_can_be_switched_off() {
        runner.withPropertyValues("ticketflow.kafka.create-topics=false")
                .run(context -> assertThat(context).doesNotHaveBean(KafkaAdmin.NewTopics.class));
    }
}
