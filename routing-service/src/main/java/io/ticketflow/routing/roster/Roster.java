package io.ticketflow.routing.roster;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roster as the rest of the service reads it (the assignment loop, the REST API): agents with their teams,
 * skills, languages, capacity and availability, and teams with their strategy. Changes go through
 * {@link RosterService}. Each method is one statement, so it reads one consistent snapshot without a transaction.
 */
@Component
public class Roster {

    private final AgentRepository agents;
    private final TeamRepository teams;

    Roster(AgentRepository agents, TeamRepository teams) {
        this.agents = agents;
        this.teams = teams;
    }

    public Optional<Agent> agent(String agentId) {
        return agents.find(agentId);
    }

    /** The team's members, by agent id. */
    public List<Agent> agentsOf(String teamId) {
        return agents.find(new AgentFilter(Set.of(teamId), Set.of()));
    }

    /** By agent id. */
    public List<Agent> agents(AgentFilter filter) {
        return agents.find(filter);
    }

    public Optional<Team> team(String teamId) {
        return teams.find(teamId);
    }

    /** By team id. */
    public List<Team> teams() {
        return teams.all();
    }
}
