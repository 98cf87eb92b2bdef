package io.ticketflow.sla.messaging;

import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.sla.timer.ClockKeeper;
import io.ticketflow.sla.timer.WatermarkStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ticket events drive the clocks: each batch is applied in the transaction that records it in the inbox, together
 * with how far it took its partitions, which is what the timer waits for (the watermark).
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "sla-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, ClockKeeper keeper, WatermarkStore watermarks) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor,
                batch -> keeper.apply(batch.of(TicketEvent.class), batch::traceParent), watermarks::record);
    }
}
