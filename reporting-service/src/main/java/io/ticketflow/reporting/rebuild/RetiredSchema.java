package io.ticketflow.reporting.rebuild;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The generation a swap retired, {@code <schema>_retired}, dropped after the swap has committed, never inside it.
 * Dropping takes an exclusive lock on every table of the schema, so it waits for whoever still reads the old
 * generation (an analyst's open transaction), and everyone who comes after queues behind it; inside the swap, with
 * the generation lock held, that stalled the reports and the live consumers and could deadlock. Out here it waits at
 * most {@link #LOCK_WAIT} a try, and gives way: what it could not drop the next rebuild drops before it starts.
 * Nor does it cascade into other schemas: a view an analyst built on the old generation is not silently dropped,
 * the retired schema is kept and the next rebuild refuses to start until someone decides.
 */
final class RetiredSchema {

    static final Duration LOCK_WAIT = Duration.ofSeconds(2);

    // views (and materialized views) in other schemas whose rules read a table or view of the retired schema
    private static final String OUTSIDE_DEPENDENTS = """
            select distinct dependent_ns.nspname || '.' || dependent.relname
            from pg_depend d
            join pg_rewrite rule on d.classid = 'pg_rewrite'::regclass and d.objid = rule.oid
            join pg_class dependent on dependent.oid = rule.ev_class
            join pg_namespace dependent_ns on dependent_ns.oid = dependent.relnamespace
            join pg_class referenced on d.refclassid = 'pg_class'::regclass and d.refobjid = referenced.oid
            join pg_namespace referenced_ns on referenced_ns.oid = referenced.relnamespace
            where referenced_ns.nspname = ? and dependent_ns.nspname <> ?
            order by 1""";

    private final String name;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RetiredSchema(String liveSchema, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.name = liveSchema + "_retired";
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    String name() {
        return name;
    }

    /**
     * Drops the retired schema if there is one.
     *
     * @param attempts how many times to try for the locks, {@link #LOCK_WAIT} each
     * @throws IllegalStateException when objects in other schemas depend on it, or its readers kept it locked
     */
    void drop(int attempts) {
        if (jdbc.queryForObject("select count(*) from pg_namespace where nspname = ?", Integer.class, name) == 0) {
            return;
        }
        List<String> dependents = jdbc.queryForList(OUTSIDE_DEPENDENTS, String.class, name, name);
        if (!dependents.isEmpty()) {
            throw new IllegalStateException("schema " + name + " (the generation the last rebuild retired) is kept:"
                    + " objects in other schemas depend on it: " + String.join(", ", dependents)
                    + "; drop them, or drop the schema yourself");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.execute("set local lock_timeout = '" + LOCK_WAIT.toMillis() + "ms'");
                    jdbc.execute("drop schema if exists " + name + " cascade");
                });
                return;
            } catch (DataAccessException e) {
                if (!lockNotAvailable(e) || attempt >= attempts) {
                    throw new IllegalStateException("schema " + name + " (the generation the last rebuild retired)"
                            + " could not be dropped: " + e.getMostSpecificCause().getMessage(), e);
                }
            }
        }
    }

    private static boolean lockNotAvailable(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState());
    }
}
