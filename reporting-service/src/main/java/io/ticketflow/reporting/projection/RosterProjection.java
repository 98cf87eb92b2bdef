package io.ticketflow.reporting.projection;

import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

class RosterProjection {

    private final JdbcTemplate jdbc;

    RosterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(EventBatch batch) {
        throw new UnsupportedOperationException("not written yet");
    }
}
