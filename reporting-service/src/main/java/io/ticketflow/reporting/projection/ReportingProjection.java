package io.ticketflow.reporting.projection;

import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Folds a batch of events of any subscribed topic into the read model that {@code jdbc} reaches: the live
 * generation for the live consumers, the shadow one for a rebuild. Runs inside the caller's transaction; does a
 * bounded number of statements per batch, never one per event.
 */
public class ReportingProjection {

    private final JdbcTemplate jdbc;

    public ReportingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(EventBatch batch) {
        throw new UnsupportedOperationException("not written yet");
    }
}
