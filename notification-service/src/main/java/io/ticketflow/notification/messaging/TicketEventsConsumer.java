package io.ticketflow.notification.messaging;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "notification-service";

    /** Claims the events in the inbox and no more: there is no notification to send yet. */
    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor, batch -> {
        });
    }
}
