package io.ticketflow.ticket.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * SQL for every change after the opening. Each statement applies only when the row has not yet seen the
 * event ({@code event_sequence < ?}), so a replayed or redelivered event changes nothing, including the
 * relative ones (tags, NEW becoming OPEN).
 */
@Repository
public class TicketViewUpdates {

    /** The aggregate's rule: the first sign of an agent working on a new ticket opens it. */
    static final String TAKEN_UP = "status = CASE WHEN status = 'NEW' THEN 'OPEN' ELSE status END";

    private final JdbcTemplate jdbc;

    public TicketViewUpdates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void categorized(UUID ticketId, long sequence, Instant at, String type, String category, List<String> tags) {
        apply(ticketId, sequence, at, "type = ?, category = ?, tags = ?::text[]", type, category, array(tags));
    }

    /** Keeps the order the tags were added in, like the aggregate's set: removed ones go, added ones go last. */
    void tagsChanged(UUID ticketId, long sequence, Instant at, List<String> added, List<String> removed) {
        List<String> leaving = new ArrayList<>(removed);
        leaving.addAll(added);
        apply(ticketId, sequence, at, """
                tags = ARRAY(SELECT t FROM unnest(tags) WITH ORDINALITY AS u(t, n)
                             WHERE t <> ALL (?::text[]) ORDER BY n) || ?::text[]""",
                array(leaving), array(added));
    }

    void priorityChanged(UUID ticketId, long sequence, Instant at, String priority) {
        apply(ticketId, sequence, at, "priority = ?", priority);
    }

    void assigned(UUID ticketId, long sequence, Instant at, String agentId, String teamId) {
        apply(ticketId, sequence, at, "assignee_id = ?, team_id = ?, " + TAKEN_UP, agentId, teamId);
    }

    void unassigned(UUID ticketId, long sequence, Instant at) {
        apply(ticketId, sequence, at, "assignee_id = NULL"); // the team keeps the ticket in its queue
    }

    void agentReplied(UUID ticketId, long sequence, Instant at) {
        apply(ticketId, sequence, at, "first_response_at = COALESCE(first_response_at, ?), " + TAKEN_UP,
                Timestamp.from(at));
    }

    /** An event that changes nothing shown but the version (a requester reply, an internal note, a merge). */
    void touched(UUID ticketId, long sequence, Instant at) {
        apply(ticketId, sequence, at, "");
    }

    void statusChanged(UUID ticketId, long sequence, Instant at, String status) {
        apply(ticketId, sequence, at, "status = ?", status);
    }

    void resolved(UUID ticketId, long sequence, Instant at, String resolutionCode) {
        // a new resolution starts a new period: an earlier claim to auto-close the ticket no longer holds
        apply(ticketId, sequence, at,
                "status = 'RESOLVED', resolution_code = ?, resolved_at = ?, auto_close_claimed_at = NULL",
                resolutionCode, Timestamp.from(at));
    }

    /** Like the aggregate: a reopened ticket is no longer resolved, so its resolution goes. */
    void reopened(UUID ticketId, long sequence, Instant at) {
        apply(ticketId, sequence, at, "status = 'OPEN', resolution_code = NULL, resolved_at = NULL");
    }

    void closed(UUID ticketId, long sequence, Instant at, String reason, UUID mergedInto) {
        apply(ticketId, sequence, at, "status = 'CLOSED', closed_at = ?, close_reason = ?, merged_into = ?",
                Timestamp.from(at), reason, mergedInto);
    }

    void escalated(UUID ticketId, long sequence, Instant at, int level, String trigger) {
        apply(ticketId, sequence, at, "escalation_level = ?, escalation_trigger = ?", level, trigger);
    }

    void rated(UUID ticketId, long sequence, Instant at, int score, String comment) {
        apply(ticketId, sequence, at, "satisfaction_score = ?, satisfaction_comment = ?", score, comment);
    }

    /** {@code assignments} is always a constant of this class, never input: no SQL injection through it. */
    private void apply(UUID ticketId, long sequence, Instant at, String assignments, Object... values) {
        Object[] arguments = Arrays.copyOf(values, values.length + 4);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = Timestamp.from(at);
        arguments[values.length + 2] = ticketId;
        arguments[values.length + 3] = sequence;
        String changes = assignments.isEmpty() ? "" : assignments + ", ";
        jdbc.update("UPDATE ticket_view SET " + changes + "event_sequence = ?, updated_at = ?"
                + " WHERE ticket_id = ? AND event_sequence < ?", arguments);
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
