package io.ticketflow.routing.assignment;

import io.ticketflow.routing.engine.Availability;
import io.ticketflow.routing.engine.TeamView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What assignment needs of the roster: a team's strategy, its members' profiles, an agent's teams. */
public interface TeamRoster {

    Optional<TeamView> team(String teamId);

    /** The team's members, whatever their availability (the decision explains why one is not eligible). */
    List<Member> membersOf(String teamId);

    /** The teams an agent works in; empty for an unknown agent. */
    Set<String> teamsOf(String agentId);

    /** Every team, for a simulation against the roster as it is. */
    List<TeamView> teams();

    /** Every agent, for a simulation against the roster as it is. */
    List<Member> agents();

    /** An agent's profile as routing matches on it; load is assignment's own. */
    record Member(String agentId, Set<String> teamIds, Map<String, Integer> skills, Set<String> languages,
            int capacity, Availability availability) {
    }
}
