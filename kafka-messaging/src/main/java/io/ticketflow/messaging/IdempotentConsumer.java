package io.ticketflow.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.event.ListenerContainerPartitionIdleEvent;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * A consumer that must know how far it has got (up to which instant every event is applied) passes a
 * {@link ProgressListener} as well.
 */
public class IdempotentConsumer {

    private final String name;
    private final List<String> topics;
    private final EventBatchProcessor processor;
    private final Consumer<EventBatch> handler;
    private final ProgressListener progress;
    private final ProgressWatch watch;

    /**
     * @param name    consumer group and inbox name; by convention the service's name
     * @param handler writes the service's projection from the events it has not seen before; runs inside
     *                the transaction that claims them
     */
    public IdempotentConsumer(String name, String topic, EventBatchProcessor processor, Consumer<EventBatch> handler) {
        this(name, topic, processor, handler, Optional.empty());
    }

    /**
     * A subscription that also reports its progress: the facts of each batch in the batch's transaction, idle
     * partitions once the broker confirms they are caught up, and every partition of the topic on assignment.
     *
     * @param progress records the {@link PartitionProgress} facts; see {@link ProgressListener} for when it runs
     */
    public IdempotentConsumer(String name, String topic, EventBatchProcessor processor, Consumer<EventBatch> handler,
                              ProgressListener progress) {
        this(name, topic, processor, handler, Optional.of(progress));
    }

    private IdempotentConsumer(String name, String topic, EventBatchProcessor processor, Consumer<EventBatch> handler,
                               Optional<ProgressListener> progress) {
        this.name = Objects.requireNonNull(name, "name");
        this.topics = List.of(topic);
        this.processor = Objects.requireNonNull(processor, "processor");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.progress = progress.orElse(null);
        this.watch = progress.map(listener -> new ProgressWatch(name, listener)).orElse(null);
    }

    public String name() {
        return name;
    }

    public List<String> topics() {
        return topics;
    }

    /** Sets this listener's container up for progress reports; changes nothing for a consumer without them. */
    public ContainerPostProcessor<?, ?, ?> containerPostProcessor() {
        return (ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>>) container -> {
            if (watch != null) {
                watch.configure(container);
            }
        };
    }

    // __listener is this bean: one annotation serves every consumer a service declares
    @KafkaListener(id = "#{__listener.name()}", groupId = "#{__listener.name()}", topics = "#{__listener.topics()}",
            containerPostProcessor = "#{__listener.containerPostProcessor()}")
    void onBatch(List<ConsumerRecord<String, Object>> records, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
        processor.process(name, records, handler,
                progress == null ? null : new PollProgress(records, consumer::currentLag, progress));
    }

    // published on the consumer's thread, so the consumer may be used here
    @EventListener
    void onIdlePartition(ListenerContainerPartitionIdleEvent idle) {
        if (watch != null && name.equals(idle.getContainer(MessageListenerContainer.class).getListenerId())) {
            watch.idle(idle.getTopicPartition(), idle.getConsumer());
        }
    }
}
