package io.ticketflow.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The idempotency inbox ({@code processed_event}, migration {@code classpath:db/inbox}). A consumer claims
 * the event ids of a whole batch with one statement, inside the transaction that also writes its
 * projection: both commit together or neither does, so an event is handled exactly once per consumer
 * however often Kafka delivers it.
 */
public class Inbox {

    // unnest turns the whole batch into rows in one round trip; ON CONFLICT skips ids claimed before and
    // RETURNING hands back only the new ones.
    private static final String CLAIM = """
            insert into processed_event (consumer, event_id, processed_at)
            select ?, id, now() from unnest(?) as id
            on conflict (consumer, event_id) do nothing
            returning event_id""";

    private final JdbcTemplate jdbc;

    public Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims {@code eventIds} for {@code consumer} and returns those it had not claimed before.
     *
     * @throws IllegalStateException outside a transaction: a claim that commits without the work it
     *                               guards would lose that work on a crash
     */
    public Set<UUID> claim(String consumer, Collection<UUID> eventIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("claim inside the transaction that does the work");
        }
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> claimed = new HashSet<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CLAIM);
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            statement.setString(1, consumer);
            statement.setArray(2, ids);
            return statement;
        }, row -> {
            claimed.add(row.getObject(1, UUID.class));
        });
        return claimed;
    }
}
