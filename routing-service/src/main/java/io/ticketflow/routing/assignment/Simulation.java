package io.ticketflow.routing.assignment;

import io.ticketflow.routing.assignment.TeamRoster.Member;
import io.ticketflow.routing.engine.AgentView;
import io.ticketflow.routing.engine.Decision;
import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.engine.RoutingEngine;
import io.ticketflow.routing.engine.Strategy;
import io.ticketflow.routing.engine.TeamView;
import io.ticketflow.routing.engine.TicketFacts;
import io.ticketflow.routing.rules.RoutingRules;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a rule set and roster would have done with the tickets opened in a past window, computed in memory
 * with the same engine, assigning nothing. Each agent starts the window with no tickets and keeps every
 * ticket it gets until the window ends (routing does not know when work would have finished under the
 * proposal), so the queueing it shows is what capacity alone would cause: an upper bound.
 */
@Component
public class Simulation {

    /** The most tickets one simulation replays. */
    public static final int MAX_TICKETS = 100_000;

    private final RoutedTickets tickets;
    private final TeamRoster roster;
    private final RoutingRules rules;

    Simulation(RoutedTickets tickets, TeamRoster roster, RoutingRules rules) {
        this.tickets = tickets;
        this.roster = roster;
        this.rules = rules;
    }

    /**
     * @param proposedRules null: the current rule set
     * @param proposedTeams null: the roster's teams
     * @param proposedAgents null: the roster's agents
     */
    public Report run(Instant from, Instant to, List<Rule> proposedRules, List<TeamView> proposedTeams,
            List<Member> proposedAgents) {
        List<Rule> ruleSet = proposedRules != null ? proposedRules : rules.current().rules();
        Map<String, TeamView> teams = (proposedTeams != null ? proposedTeams : roster.teams()).stream()
                .collect(Collectors.toMap(TeamView::teamId, Function.identity(), (a, b) -> b));
        List<Member> agents = proposedAgents != null ? proposedAgents : roster.agents();
        Map<String, Integer> load = new HashMap<>();
        Map<String, Instant> lastAssigned = new HashMap<>();
        Map<String, int[]> perTeam = new TreeMap<>(); // team -> {assigned, queued}
        Map<String, Integer> perAgent = new TreeMap<>();
        int unmatched = 0;
        List<RoutedTicket> opened = tickets.openedBetween(from, to, MAX_TICKETS);
        for (RoutedTicket ticket : opened) {
            TicketFacts facts = Assigner.facts(ticket);
            Rule rule = RoutingEngine.firstMatch(facts, ruleSet);
            if (rule == null) {
                unmatched++;
                continue;
            }
            TeamView team = teams.getOrDefault(rule.teamId(), new TeamView(rule.teamId(), Strategy.DEFAULT));
            List<AgentView> members = agents.stream().filter(a -> a.teamIds().contains(team.teamId()))
                    .map(a -> new AgentView(a.agentId(), a.teamIds(), a.skills(), a.languages(), a.capacity(),
                            load.getOrDefault(a.agentId(), 0), a.availability(), lastAssigned.get(a.agentId())))
                    .toList();
            Decision decision = RoutingEngine.chooseAgent(facts, rule, team, members, Set.of());
            int[] outcome = perTeam.computeIfAbsent(team.teamId(), t -> new int[2]);
            if (decision.outcome() == Decision.Outcome.ASSIGNED) {
                outcome[0]++;
                load.merge(decision.agentId(), 1, Integer::sum);
                lastAssigned.put(decision.agentId(), ticket.openedAt);
                perAgent.merge(decision.agentId(), 1, Integer::sum);
            } else {
                outcome[1]++;
            }
        }
        Map<String, TeamOutcome> teamOutcomes = new TreeMap<>();
        perTeam.forEach((team, counts) -> teamOutcomes.put(team, new TeamOutcome(counts[0], counts[1])));
        int assigned = perAgent.values().stream().mapToInt(Integer::intValue).sum();
        return new Report(from, to, opened.size(), assigned, opened.size() - assigned - unmatched, unmatched,
                opened.size() == MAX_TICKETS, teamOutcomes, perAgent);
    }

    /**
     * @param queued    tickets that would have waited in a team's queue at the end of the window
     * @param truncated true when the window held more than {@link #MAX_TICKETS} tickets (the oldest are replayed)
     */
    public record Report(Instant from, Instant to, int tickets, int assigned, int queued, int unmatched,
            boolean truncated, Map<String, TeamOutcome> teams, Map<String, Integer> agents) {
    }

    public record TeamOutcome(int assigned, int queued) {
    }
}
