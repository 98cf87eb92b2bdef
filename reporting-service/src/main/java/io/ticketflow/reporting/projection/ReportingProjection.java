package io.ticketflow.reporting.projection;

import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Folds a batch of events of any subscribed topic into the read model that {@code jdbc} reaches: the live
 * generation for the live consumers, the shadow one for a rebuild. Runs inside the caller's transaction; each part
 * does a bounded number of statements per batch, never one per event. Each part picks the events it folds.
 */
public class ReportingProjection {

    private final TicketFactProjection tickets;
    private final SlaClockProjection slaClocks;
    private final RosterProjection roster;

    public ReportingProjection(JdbcTemplate jdbc) {
        this.tickets = new TicketFactProjection(jdbc);
        this.slaClocks = new SlaClockProjection(jdbc);
        this.roster = new RosterProjection(jdbc);
    }

    public void apply(EventBatch batch) {
        tickets.apply(batch);
        slaClocks.apply(batch);
        roster.apply(batch);
    }
}
