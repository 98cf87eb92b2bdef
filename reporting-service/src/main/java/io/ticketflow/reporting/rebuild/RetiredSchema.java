package io.ticketflow.reporting.rebuild;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

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

    // Objects outside the schema that depend on objects inside it, which a cascading drop would take along:
    // views (their rewrite rules belong to no schema, so the view is named through the rule), foreign keys,
    // columns of another schema's tables typed with one of its row types, functions whose bodies use it, ...
    private static final String OUTSIDE_DEPENDENTS = """
            select distinct coalesce(view_ns.nspname || '.' || view_class.relname, dependent.identity)
            from pg_depend d
            cross join lateral pg_identify_object(d.refclassid, d.refobjid, 0) referenced
            cross join lateral pg_identify_object(d.classid, d.objid, d.objsubid) dependent
            left join pg_rewrite rule on d.classid = 'pg_rewrite'::regclass and rule.oid = d.objid
            left join pg_class view_class on view_class.oid = rule.ev_class
            left join pg_namespace view_ns on view_ns.oid = view_class.relnamespace
            where d.deptype = 'n' and referenced.schema = ?
              and coalesce(view_ns.nspname, dependent.schema) is not null
              and coalesce(view_ns.nspname, dependent.schema) <> ?
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

    /** What in other schemas depends on {@code schema}: a cascading drop would take it along. */
    static List<String> outsideDependents(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList(OUTSIDE_DEPENDENTS, String.class, schema, schema);
    }

    /**
     * A rebuild swaps the live schema out from under whatever was built on it in other schemas, which would then
     * read the retired generation, frozen, and keep it from being dropped: such a rebuild must not start, nor swap.
     */
    static void requireNoOutsideDependents(JdbcTemplate jdbc, String liveSchema) {
        List<String> dependents = outsideDependents(jdbc, liveSchema);
        if (!dependents.isEmpty()) {
            throw new IllegalStateException("objects in other schemas depend on schema " + liveSchema + ": "
                    + String.join(", ", dependents) + "; a rebuild would leave them on the retired generation."
                    + " Drop them (query the analyst views instead of building on them) and rebuild again");
        }
    }

    /**
     * Drops the retired schema if there is one.
     *
     * @param attempts how many times to try for the locks, {@link #LOCK_WAIT} each
     * @param stop     asked between attempts: the application is shutting down
     * @throws IllegalStateException when objects in other schemas depend on it, or its readers kept it locked
     */
    void drop(int attempts, BooleanSupplier stop) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.execute("set local lock_timeout = '" + LOCK_WAIT.toMillis() + "ms'");
                    if (jdbc.queryForObject("select count(*) from pg_namespace where nspname = ?", Integer.class,
                            name) == 0) {
                        return;
                    }
                    // checked in the dropping transaction, so that nothing found missing here is cascaded there
                    List<String> dependents = outsideDependents(jdbc, name);
                    if (!dependents.isEmpty()) {
                        throw new IllegalStateException("schema " + name + " (the generation the last rebuild"
                                + " retired) is kept: objects in other schemas depend on it: "
                                + String.join(", ", dependents) + "; drop them, or drop the schema yourself");
                    }
                    jdbc.execute("drop schema " + name + " cascade");
                });
                return;
            } catch (DataAccessException e) {
                if (!lockNotAvailable(e) || attempt >= attempts || stop.getAsBoolean()) {
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
