package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentAvailability;

import java.util.Set;

/**
 * Which agents a listing wants; an empty set does not filter.
 *
 * @param teamIds        agents in any of these teams
 * @param availabilities agents with any of these availabilities
 */
public record AgentFilter(Set<String> teamIds, Set<AgentAvailability> availabilities) {

    public static final AgentFilter ALL = new AgentFilter(Set.of(), Set.of());

    public AgentFilter {
        teamIds = Set.copyOf(teamIds);
        availabilities = Set.copyOf(availabilities);
    }
}
