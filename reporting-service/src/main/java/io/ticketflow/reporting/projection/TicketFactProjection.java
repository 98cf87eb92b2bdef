package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Folds a batch's ticket events into {@code ticket_fact}, {@code ticket_status_span} and {@code ticket_escalation}
 * in a fixed number of statements whatever the batch's size: one select of its tickets' facts, the fold in memory
 * in event order ({@link TicketFactWrites}), one batched upsert per table.
 */
class TicketFactProjection {

    private final TicketFactTables tables;

    TicketFactProjection(JdbcTemplate jdbc) {
        this.tables = new TicketFactTables(jdbc);
    }

    void apply(EventBatch batch) {
        List<Envelope<TicketEvent>> events = batch.of(TicketEvent.class);
        if (events.isEmpty()) {
            return;
        }
        List<UUID> ticketIds = events.stream().map(envelope -> envelope.payload().ticketId()).distinct().toList();
        tables.write(TicketFactWrites.fold(tables.lock(ticketIds), events));
    }
}
