package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows a run of ticket events writes, folded in memory by {@link TicketFactFold} in event order: each ticket's
 * last fact, each span once (its columns as it began, its latest end), every escalation. Pure apart from a log line,
 * so a test can fold the same events and compare what the tables hold with it.
 */
final class TicketFactWrites {

    private static final Logger LOG = LoggerFactory.getLogger(TicketFactWrites.class);

    private final Map<UUID, TicketFactRow> facts = new LinkedHashMap<>();
    private final Map<SpanKey, TicketStatusSpan> spans = new LinkedHashMap<>();
    private final List<TicketEscalationRow> escalations = new ArrayList<>();

    private TicketFactWrites() {
    }

    /**
     * @param known  the facts the tickets of {@code events} had before them, by ticket id (a ticket without one is
     *               absent); left as it is
     * @param events ticket events in the order they happened per ticket
     */
    static TicketFactWrites fold(Map<UUID, TicketFactRow> known, List<? extends Envelope<? extends TicketEvent>> events) {
        TicketFactWrites writes = new TicketFactWrites();
        Map<UUID, TicketFactRow> current = new HashMap<>(known);
        for (Envelope<? extends TicketEvent> envelope : events) {
            UUID ticketId = envelope.payload().ticketId();
            Optional<TicketFactChange> change = TicketFactFold.fold(current.get(ticketId), envelope);
            if (change.isPresent()) {
                current.put(ticketId, change.get().fact());
                writes.add(change.get());
            } else if (!(envelope.payload() instanceof TicketOpened)) {
                // its TicketOpened was dead-lettered or never published: nothing to fold it into
                LOG.warn("skipped {} of ticket {}: reporting has no fact for the ticket", envelope.type(), ticketId);
            }
        }
        return writes;
    }

    private void add(TicketFactChange change) {
        facts.put(change.fact().ticketId, change.fact());
        for (TicketStatusSpan span : change.spans()) {
            spans.merge(new SpanKey(span.ticketId(), span.seq()), span, TicketStatusSpan::endedBy);
        }
        escalations.addAll(change.escalations());
    }

    Collection<TicketFactRow> facts() {
        return facts.values();
    }

    Collection<TicketStatusSpan> spans() {
        return spans.values();
    }

    List<TicketEscalationRow> escalations() {
        return escalations;
    }

    private record SpanKey(UUID ticketId, int seq) {
    }
}
