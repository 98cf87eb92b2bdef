package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentAvailability;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An agent as the roster stores it. Load (active tickets) is not here: the assignment loop keeps it.
 *
 * @param availabilitySince when the agent's availability last changed (registration, for a new agent)
 * @param version           raised by every change of the agent, profile or availability
 */
public record Agent(
        String agentId,
        AgentProfile profile,
        AgentAvailability availability,
        Instant availabilitySince,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Set<String> teamIds() {
        return profile.teamIds();
    }

    /** Skill → level, 1 to 5. */
    public Map<String, Integer> skills() {
        return profile.skills();
    }

    public Set<String> languages() {
        return profile.languages();
    }

    public int capacity() {
        return profile.capacity();
    }
}
