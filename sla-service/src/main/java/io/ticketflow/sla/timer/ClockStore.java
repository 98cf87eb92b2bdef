package io.ticketflow.sla.timer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.sla.clock.TicketClocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code ticket_clocks} table: one row of clock state per ticket, with its durable timer. */
@Repository
public class ClockStore {

    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final JdbcTemplate jdbc;

    ClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored state of these tickets, locked until the transaction ends. Rows are locked in id order, so two
     * transactions locking overlapping sets wait for each other instead of deadlocking.
     */
    Map<UUID, TicketClocks> lock(Collection<UUID> ticketIds) {
        Map<UUID, TicketClocks> states = new HashMap<>();
        jdbc.query("select state::text from ticket_clocks where ticket_id = any(?) order by ticket_id for update",
                rs -> {
                    TicketClocks state = read(rs.getString(1));
                    states.put(state.ticketId(), state);
                }, (Object) ticketIds.toArray(UUID[]::new));
        return states;
    }

    /**
     * Locks and answers up to {@code limit} tickets whose timer is due at or before {@code until}, earliest
     * first; rows another instance (or the consumer) holds are skipped, not waited for.
     */
    List<DueRow> claimDue(Instant until, int limit) {
        return jdbc.query("""
                select ticket_id, state::text from ticket_clocks
                where next_due_at <= ?
                order by next_due_at
                limit ?
                for update skip locked""", (rs, row) -> new DueRow(rs.getObject(1, UUID.class), rs.getString(2)),
                Timestamp.from(until), limit);
    }

    /** Takes these tickets off the timer (their state stays for an operator to look at). */
    void park(Collection<UUID> ticketIds, Instant now) {
        if (!ticketIds.isEmpty()) {
            jdbc.update("update ticket_clocks set next_due_at = null, updated_at = ? where ticket_id = any(?)",
                    Timestamp.from(now), ticketIds.toArray(UUID[]::new));
        }
    }

    /** A claimed row; its state is read when asked, so one unreadable row fails alone. */
    record DueRow(UUID ticketId, String json) {
        TicketClocks state() {
            return read(json);
        }
    }

    void save(Collection<TicketClocks> states, Instant now) {
        if (states.isEmpty()) {
            return;
        }
        Timestamp updatedAt = Timestamp.from(now);
        jdbc.batchUpdate("""
                insert into ticket_clocks (ticket_id, state, next_due_at, updated_at) values (?, ?::jsonb, ?, ?)
                on conflict (ticket_id) do update
                set state = excluded.state, next_due_at = excluded.next_due_at, updated_at = excluded.updated_at""",
                states.stream().map(state -> new Object[] {state.ticketId(), write(state),
                        state.nextDue() == null ? null : Timestamp.from(state.nextDue()), updatedAt}).toList());
    }

    public Optional<TicketClocks> find(UUID ticketId) {
        return jdbc.query("select state::text from ticket_clocks where ticket_id = ?",
                (rs, row) -> read(rs.getString(1)), ticketId).stream().findFirst();
    }

    /** Timers set: tickets with a warning or breach still to come. */
    public long activeTimers() {
        Long count = jdbc.queryForObject("select count(*) from ticket_clocks where next_due_at is not null", Long.class);
        return count == null ? 0 : count;
    }

    private static TicketClocks read(String json) {
        try {
            return JSON.readValue(json, TicketClocks.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored clock state is not readable", e);
        }
    }

    private static String write(TicketClocks state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("clock state is plain data", e);
        }
    }
}
