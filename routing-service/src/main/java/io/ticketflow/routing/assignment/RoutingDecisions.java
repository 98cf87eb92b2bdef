package io.ticketflow.routing.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.wire.JsonCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decision log: every decision with its candidates and explanation, per ticket, oldest first. */
@Repository
public class RoutingDecisions {

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final TypeReference<List<Map<String, Object>>> CANDIDATES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    RoutingDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(RecordedDecision decision) {
        jdbc.update("""
                        INSERT INTO routing_decision (decision_id, ticket_id, trigger_event_id, decided_at, outcome, rule_id,
                            rule_name, rule_set_version, team_id, agent_id, explanation, candidates)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (decision_id) DO NOTHING""",
                decision.decisionId(), decision.ticketId(), decision.triggerEventId(),
                Timestamp.from(decision.decidedAt()), decision.outcome(), decision.ruleId(), decision.ruleName(),
                decision.ruleSetVersion(), decision.teamId(), decision.agentId(), decision.explanation(),
                json(decision.candidates()));
    }

    public List<RecordedDecision> of(UUID ticketId) {
        return jdbc.query("SELECT * FROM routing_decision WHERE ticket_id = ? ORDER BY decided_at, decision_id",
                (rs, n) -> new RecordedDecision(
                        rs.getObject("decision_id", UUID.class),
                        rs.getObject("ticket_id", UUID.class),
                        rs.getObject("trigger_event_id", UUID.class),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("outcome"),
                        rs.getObject("rule_id", UUID.class),
                        rs.getString("rule_name"),
                        (Long) rs.getObject("rule_set_version"),
                        rs.getString("team_id"),
                        rs.getString("agent_id"),
                        rs.getString("explanation"),
                        candidates(rs.getString("candidates"))),
                ticketId);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> candidates(String json) {
        try {
            return JSON.readValue(json, CANDIDATES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One decision as served at {@code GET /api/routing/decisions/{ticketId}}.
     *
     * @param outcome    ASSIGNED, QUEUED_NO_CAPACITY, QUEUED_MANUAL or NO_MATCHING_RULE
     * @param candidates every agent of the team considered: load, capacity, skill score, and why (not) eligible
     */
    public record RecordedDecision(UUID decisionId, UUID ticketId, UUID triggerEventId, Instant decidedAt,
            String outcome, UUID ruleId, String ruleName, Long ruleSetVersion, String teamId, String agentId,
            String explanation, List<Map<String, Object>> candidates) {
    }
}
