package io.ticketflow.routing.assignment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many active tickets each agent holds (pending assignments included). Only ever changed inside the
 * transaction that changes the tickets concerned, so it cannot drift from them.
 */
@Repository
public class AgentLoads {

    private final JdbcTemplate jdbc;

    public AgentLoads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes one slot of {@code agentId}'s capacity if it has one free: atomic, so two instances deciding at
     * once never both fill the last slot. Answers whether it got it.
     */
    public boolean takeSlot(String agentId, int capacity, Instant at) {
        if (capacity <= 0) {
            return false;
        }
        // one statement on the hot path: the agent's first ticket inserts its row, later ones count up
        return jdbc.update("""
                        INSERT INTO agent_load AS l (agent_id, active_tickets, last_assigned_at) VALUES (?, 1, ?)
                        ON CONFLICT (agent_id) DO UPDATE SET active_tickets = l.active_tickets + 1,
                            last_assigned_at = excluded.last_assigned_at
                        WHERE l.active_tickets < ?""",
                agentId, Timestamp.from(at), capacity) == 1;
    }

    /** A ticket the agent got regardless of capacity (a person's assignment, a reopened ticket): it counts. */
    public void add(String agentId, Instant at) {
        jdbc.update("""
                        INSERT INTO agent_load AS l (agent_id, active_tickets, last_assigned_at) VALUES (?, 1, ?)
                        ON CONFLICT (agent_id) DO UPDATE SET active_tickets = l.active_tickets + 1,
                            last_assigned_at = excluded.last_assigned_at""",
                agentId, Timestamp.from(at));
    }

    public void release(String agentId) {
        jdbc.update("UPDATE agent_load SET active_tickets = GREATEST(active_tickets - 1, 0) WHERE agent_id = ?",
                agentId);
    }

    /** Load and last assignment of each agent asked for; agents never assigned are absent. */
    public Map<String, Load> of(Collection<String> agentIds) {
        Map<String, Load> loads = new HashMap<>();
        if (agentIds.isEmpty()) {
            return loads;
        }
        jdbc.query("SELECT agent_id, active_tickets, last_assigned_at FROM agent_load WHERE agent_id = ANY (?)",
                rs -> {
                    Timestamp last = rs.getTimestamp("last_assigned_at");
                    loads.put(rs.getString("agent_id"),
                            new Load(rs.getInt("active_tickets"), last == null ? null : last.toInstant()));
                },
                (Object) agentIds.toArray(String[]::new));
        return loads;
    }

    /** @param lastAssignedAt null when the agent was never given a ticket */
    public record Load(int activeTickets, Instant lastAssignedAt) {
        public static final Load NONE = new Load(0, null);
    }
}
