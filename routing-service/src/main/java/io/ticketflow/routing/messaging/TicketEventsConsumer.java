package io.ticketflow.routing.messaging;

import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.routing.assignment.AssignmentLoop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "routing-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, AssignmentLoop assignment) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor, assignment::onTicketEvents);
    }
}
