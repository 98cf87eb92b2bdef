package io.ticketflow.reporting.messaging;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EventBatchProcessor;
import io.ticketflow.messaging.IdempotentConsumer;
import io.ticketflow.reporting.projection.TicketFactProjection;
import io.ticketflow.reporting.projection.TicketVolumeProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    /** Consumer group and inbox name. */
    static final String NAME = "reporting-service";

    @Bean
    IdempotentConsumer ticketEvents(EventBatchProcessor processor, TicketFactProjection facts,
                                    TicketVolumeProjection volume) {
        return new IdempotentConsumer(NAME, Topics.TICKET_EVENTS, processor, batch -> {
            List<Envelope<TicketOpened>> opened = batch.of(TicketOpened.class);
            facts.opened(opened);
            volume.opened(opened);
        });
    }
}
