package io.ticketflow.api.agent;

import java.time.Instant;
import java.util.List;

/**
 * An agent's profile changed; the event carries the whole profile, not a delta.
 *
 * @param agentId              stable id of the agent, also the record key
 * @param displayName          the name shown to customers (personal data)
 * @param email                where the agent is notified (personal data)
 * @param teamIds              the teams the agent works in
 * @param skills               skills with their levels, matched against the skills a ticket needs
 * @param languages            languages the agent answers in, as BCP 47 tags such as {@code de} or {@code pt-BR}
 * @param maxConcurrentTickets how many open tickets routing may give the agent at once
 */
public record AgentUpdated(
        String agentId,
        String displayName,
        String email,
        List<String> teamIds,
        List<AgentSkill> skills,
        List<String> languages,
        int maxConcurrentTickets,
        Instant updatedAt) implements AgentEvent {

    public AgentUpdated {
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (maxConcurrentTickets < 0) {
            throw new IllegalArgumentException("maxConcurrentTickets must not be negative");
        }
    }

    @Override
    public String toString() {
        // display name and email are personal data: never in a log line
        return "AgentUpdated[agentId=" + agentId + ", teamIds=" + teamIds + ", skills=" + skills
                + ", languages=" + languages + ", maxConcurrentTickets=" + maxConcurrentTickets
                + ", updatedAt=" + updatedAt + "]";
    }
}
