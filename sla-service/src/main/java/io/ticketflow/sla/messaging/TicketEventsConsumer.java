package io.ticketflow.sla.messaging;

import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.sla.timer.ClockKeeper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ticket events drive the clocks: each batch is applied in the transaction that records it in the inbox. */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "sla-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, ClockKeeper keeper) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor,
                batch -> keeper.apply(batch.of(TicketEvent.class)));
    }
}
