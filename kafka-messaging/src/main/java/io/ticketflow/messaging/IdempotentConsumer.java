package io.ticketflow.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A service's subscription, declared as a bean: a batch listener whose consumer group and inbox name are
 * both {@code name}, and which hands every batch to the {@link EventBatchProcessor}. One name for both is
 * what keeps the inbox sound: two groups sharing an inbox name would each skip what the other handled.
 * <pre>{@code
 * @Bean
 * IdempotentConsumer ticketEvents(EventBatchProcessor processor, MyProjection projection) {
 *     return new IdempotentConsumer("my-service", Topics.TICKET_EVENTS, processor,
 *             batch -> projection.opened(batch.of(TicketOpened.class)));
 * }
 * }</pre>
 */
public class IdempotentConsumer {

    private final String name;
    private final List<String> topics;
    private final EventBatchProcessor processor;
    private final Consumer<EventBatch> handler;

    /**
     * @param name    consumer group and inbox name; by convention the service's name
     * @param handler writes the service's projection from the events it has not seen before; runs inside
     *                the transaction that claims them
     */
    public IdempotentConsumer(String name, String topic, EventBatchProcessor processor, Consumer<EventBatch> handler) {
        this.name = Objects.requireNonNull(name, "name");
        this.topics = List.of(topic);
        this.processor = Objects.requireNonNull(processor, "processor");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public String name() {
        return name;
    }

    public List<String> topics() {
        return topics;
    }

    // __listener is this bean: one annotation serves every consumer a service declares
    @KafkaListener(id = "#{__listener.name()}", groupId = "#{__listener.name()}", topics = "#{__listener.topics()}")
    void onBatch(List<ConsumerRecord<String, Object>> records) {
        processor.process(name, records, handler);
    }
}
