package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.TicketOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Folds ticket events into {@code ticket_view}. */
@Component
@ProcessingGroup(TicketViewProjection.PROCESSING_GROUP)
public class TicketViewProjection {

    public static final String PROCESSING_GROUP = "ticket-view";

    private final TicketViewRepository repository;

    public TicketViewProjection(TicketViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TicketOpened event, @SequenceNumber long sequence) {
        repository.insertOpened(event, sequence);
    }
}
