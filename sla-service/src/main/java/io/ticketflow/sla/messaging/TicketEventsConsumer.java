package io.ticketflow.sla.messaging;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.sla.projection.TicketsAwaitingClocks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "sla-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, TicketsAwaitingClocks awaitingClocks) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor,
                batch -> awaitingClocks.opened(batch.of(TicketOpened.class)));
    }
}
