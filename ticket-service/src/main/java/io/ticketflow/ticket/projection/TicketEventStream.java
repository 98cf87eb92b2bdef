package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket's events read straight from the event store, for the audit trail and for time travel: the
 * store is the truth, so neither can drift from what the aggregate decided the way a read model could.
 *
 * <p>Reads from sequence 0 on purpose: {@code EventStore.readEvents(id)} would start at the latest
 * snapshot, which is right for loading the aggregate and wrong for a history.
 */
@Component
public class TicketEventStream {

    private final EventStore store;

    public TicketEventStream(EventStore store) {
        this.store = store;
    }

    /** The ticket's first event, which says who opened it for whom; empty when the store has never heard of it. */
    public Optional<TicketOpened> opening(UUID ticketId) {
        return store.readEvents(ticketId.toString(), 0).asStream().findFirst()
                .map(message -> message.getPayload() instanceof TicketOpened opened ? opened : null);
    }

    /** Every event of the ticket in stream order; empty when the store has never heard of it. */
    public List<RecordedTicketEvent> of(UUID ticketId) {
        List<RecordedTicketEvent> events = new ArrayList<>();
        store.readEvents(ticketId.toString(), 0).asStream().forEach(message -> events.add(
                new RecordedTicketEvent(message.getSequenceNumber(), message.getTimestamp(),
                        (TicketEvent) message.getPayload())));
        return events;
    }
}
