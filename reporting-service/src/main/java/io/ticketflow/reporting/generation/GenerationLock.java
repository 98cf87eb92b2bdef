package io.ticketflow.reporting.generation;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock between the live consumers and a rebuild's swap, a PostgreSQL transaction-level advisory lock so that
 * it holds across every instance of the service. Each live batch takes it shared, first in its transaction; the
 * swap takes it exclusive, so it waits for the batches in flight to commit, and the batches that come next wait
 * for the swap and then resolve their tables in the schema swapped in. Readers of the reports never take it.
 */
public final class GenerationLock {

    // any constant no other lock in the reporting database uses: "tfreport" in ASCII
    private static final long KEY = 0x74667265706f7274L;

    private GenerationLock() {
    }

    /** Taken by every live batch transaction; held until it ends. */
    public static void shared(JdbcTemplate jdbc) {
        jdbc.queryForObject("select pg_advisory_xact_lock_shared(?)::text", String.class, KEY);
    }

    /** Taken by the swap transaction; held until it ends. */
    public static void exclusive(JdbcTemplate jdbc) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, KEY);
    }
}
