package io.ticketflow.sla.agreement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The change counter of the stored definitions ({@code sla_definition_change}, V3). */
@Repository
class DefinitionChanges {

    private final JdbcTemplate jdbc;

    DefinitionChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A write's place in the order of all writes. */
    record Change(long number, Instant effectiveFrom) {
    }

    /** The number of the last committed change: one index-free read of a one-row table. */
    long current() {
        return jdbc.queryForObject("select change_number from sla_definition_change", Long.class);
    }

    /**
     * Takes the next change number and the instant the write takes effect, locking the counter until the
     * transaction ends, so writers take turns. The instant is {@code now}, but never at or before the last write's:
     * each write takes effect strictly after the one before, even when two fall in one microsecond or instances'
     * clocks disagree, so "the version in effect at t" always has one answer and follows the order of the writes.
     */
    Change next(Instant now) {
        return jdbc.queryForObject("""
                update sla_definition_change
                set change_number = change_number + 1,
                    last_effective_from = greatest(?, last_effective_from + interval '1 microsecond')
                returning change_number, last_effective_from""",
                (row, n) -> new Change(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant()),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }
}
