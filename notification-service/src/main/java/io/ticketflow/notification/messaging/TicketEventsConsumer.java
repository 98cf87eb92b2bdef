package io.ticketflow.notification.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatch;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.notification.delivery.EventReaction;
import io.ticketflow.notification.delivery.NewDelivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The topics notifications follow, each in its own consumer group: every batch goes through every
 * {@link EventReaction} and the deliveries they answer are recorded, all in the transaction that claims the batch.
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name of ticket-events; the other topics' groups add a suffix. */
    static final String NAME = "notification-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, ObjectProvider<EventReaction> reactions, DeliveryLog log,
            Clock clock) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor, react(reactions, log, clock));
    }

    @Bean
    IdempotentConsumer slaEvents(EventBatchProcessor processor, ObjectProvider<EventReaction> reactions, DeliveryLog log,
            Clock clock) {
        return new IdempotentConsumer(NAME + ".sla-events", Topics.SLA_EVENTS, processor, react(reactions, log, clock));
    }

    @Bean
    IdempotentConsumer agentEvents(EventBatchProcessor processor, ObjectProvider<EventReaction> reactions, DeliveryLog log,
            Clock clock) {
        return new IdempotentConsumer(NAME + ".agent-events", Topics.AGENT_EVENTS, processor,
                react(reactions, log, clock));
    }

    private static Consumer<EventBatch> react(ObjectProvider<EventReaction> reactions, DeliveryLog log, Clock clock) {
        return batch -> {
            List<Envelope<Object>> events = batch.envelopes();
            List<NewDelivery> deliveries = new ArrayList<>();
            for (EventReaction reaction : reactions.orderedStream().toList()) {
                deliveries.addAll(reaction.react(events));
            }
            log.record(deliveries, clock.instant());
        };
    }
}
