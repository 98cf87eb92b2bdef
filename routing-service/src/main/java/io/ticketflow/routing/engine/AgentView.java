package io.ticketflow.routing.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An agent as routing sees it at the moment of a decision. No personal data (no name, no email).
 *
 * @param skills         skill name to level, 1 to 5
 * @param languages      BCP 47 tags the agent answers in
 * @param capacity       the most active tickets the agent may hold
 * @param load           the active tickets the agent holds now, manual assignments included
 * @param lastAssignedAt when the agent was last given a ticket; null if never
 */
public record AgentView(String agentId, Set<String> teamIds, Map<String, Integer> skills, Set<String> languages,
        int capacity, int load, Availability availability, Instant lastAssignedAt) {

    public AgentView {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        availability = availability == null ? Availability.OFFLINE : availability;
    }

    int level(String skill) {
        Integer level = skills.get(skill);
        return level == null ? 0 : level;
    }
}
