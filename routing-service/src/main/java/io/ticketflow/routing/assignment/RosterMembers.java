package io.ticketflow.routing.assignment;

import io.ticketflow.routing.engine.Availability;
import io.ticketflow.routing.engine.Strategy;
import io.ticketflow.routing.engine.TeamView;
import io.ticketflow.routing.roster.Agent;
import io.ticketflow.routing.roster.AgentFilter;
import io.ticketflow.routing.roster.Roster;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The roster as assignment reads it: the contract's names turned into the engine's. */
@Component
class RosterMembers implements TeamRoster {

    private final Roster roster;

    RosterMembers(Roster roster) {
        this.roster = roster;
    }

    @Override
    public Optional<TeamView> team(String teamId) {
        return roster.team(teamId).map(team -> new TeamView(teamId, Strategy.valueOf(team.definition().strategy().name())));
    }

    @Override
    public List<Member> membersOf(String teamId) {
        return roster.agentsOf(teamId).stream().map(RosterMembers::member).toList();
    }

    @Override
    public Set<String> teamsOf(String agentId) {
        return roster.agent(agentId).map(Agent::teamIds).orElse(Set.of());
    }

    @Override
    public List<TeamView> teams() {
        return roster.teams().stream()
                .map(team -> new TeamView(team.teamId(), Strategy.valueOf(team.definition().strategy().name())))
                .toList();
    }

    @Override
    public List<Member> agents() {
        return roster.agents(AgentFilter.ALL).stream().map(RosterMembers::member).toList();
    }

    private static Member member(Agent agent) {
        return new Member(agent.agentId(), agent.teamIds(), agent.skills(), agent.languages(), agent.capacity(),
                Availability.valueOf(agent.availability().name()));
    }
}
