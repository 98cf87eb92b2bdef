package io.ticketflow.reporting.projection;

import java.util.List;

/**
 * What folding one event changes: the ticket's fact as it is now, the spans written (the one the event ended, with
 * its {@code validTo}, and the one it began), and the escalation it records.
 */
record TicketFactChange(TicketFactRow fact, List<TicketStatusSpan> spans, List<TicketEscalationRow> escalations) {

    TicketFactChange {
        spans = List.copyOf(spans);
        escalations = List.copyOf(escalations);
    }
}
