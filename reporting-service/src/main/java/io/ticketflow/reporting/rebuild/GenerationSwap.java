package io.ticketflow.reporting.rebuild;

import io.ticketflow.reporting.generation.GenerationLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Puts the shadow generation in the live one's place, in one transaction on the service's own pool.
 * <p>
 * Why this holds with several instances: every live batch, on every instance, takes the {@link GenerationLock}
 * shared as the first statement of its transaction, so once the swap holds it exclusive no batch anywhere is between
 * its inbox claim and its commit, and the batches that come next wait and then resolve their unqualified table names
 * in the schema swapped in. The end offsets read under the lock are beyond every record any live batch has committed
 * (a record must exist to be consumed). The replay applies every record below them and none beyond, claiming each in
 * the shadow's inbox under the live consumer's name; so a live consumer carrying on from its committed offset finds
 * what lies below the ends already claimed (nothing counts twice) and what lies beyond unclaimed (nothing is lost).
 * The renames and the rebuild's outcome commit together: readers see the old generation or the new one, never
 * neither, and a failure leaves the live one as it was. The old generation is dropped afterwards
 * ({@link RetiredSchema}), so that its readers hold up nothing. The claim lets one rebuild run in the whole cluster.
 */
final class GenerationSwap {

    private final String live;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Rebuilds rebuilds;

    GenerationSwap(String live, JdbcTemplate jdbc, TransactionTemplate transactions, Rebuilds rebuilds) {
        this.live = live;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rebuilds = rebuilds;
    }

    /**
     * @param stopCheck runs after each poll of the last catch-up; it must not write through the service's pool (this
     *                  thread's transaction holds the lock the shadow's transactions would wait for)
     */
    void swap(UUID rebuildId, Replay replay, ShadowSchema shadow, RetiredSchema retired, Runnable stopCheck) {
        transactions.executeWithoutResult(status -> {
            GenerationLock.exclusive(jdbc);
            replay.targetEndsNow();
            replay.readToTarget(stopCheck);
            if (!rebuilds.moveTo(rebuildId, RebuildState.COMPLETED, replay.progress())) {
                throw new RebuildLostException(rebuildId);
            }
            // a view of another schema on the live generation would follow the rename and read the retired one from
            // now on, frozen: looked for again here, in the swap's transaction, since it may have appeared meanwhile
            RetiredSchema.requireNoOutsideDependents(jdbc, live);
            // the rebuilds' history belongs to no generation: it moves with the swap, this one's outcome included
            jdbc.update("insert into " + shadow.name() + ".projection_rebuild select * from projection_rebuild");
            // renaming locks no table, so readers of the old generation neither wait nor are waited for; a statement
            // that starts after the commit resolves its names again (the search path's schema is another one now),
            // prepared ones included, so pooled connections and the blocked live batches go on in the new generation
            jdbc.execute("alter schema " + live + " rename to " + retired.name());
            jdbc.execute("alter schema " + shadow.name() + " rename to " + live);
        });
    }
}
