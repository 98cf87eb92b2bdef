package io.ticketflow.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routing decision. Work per decision is linear in the rules and the agents given, plus sorting the
 * team's eligible agents, so callers may pass the whole roster; nothing here reads a clock or draws a random
 * number, and every tie ends at the agent id, so the same inputs always give the same decision.
 */
public final class RoutingEngine {

    /** Fewest active tickets; then the better skilled; then whoever waited longest (never-assigned first). */
    static final Comparator<Assessment> SKILLS_LEAST_LOADED = Comparator
            .comparingInt((Assessment a) -> a.agent().load())
            .thenComparing(Comparator.comparingInt(Assessment::skillScore).reversed())
            .thenComparing(RoutingEngine::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> a.agent().agentId());

    /** Whoever waited longest since their last assignment, never-assigned first. */
    static final Comparator<Assessment> ROUND_ROBIN = Comparator
            .comparing(RoutingEngine::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(a -> a.agent().agentId());

    private RoutingEngine() {
    }

    /**
     * The first matching rule by position (the earlier in {@code rules} on equal positions); then the agent by
     * its team's strategy. A team missing from {@code teams} uses {@link Strategy#DEFAULT}, and the explanation
     * says the roster does not know it.
     *
     * @param agents         any agents; only the rule's team's members are considered
     * @param excludedAgents agents who must not get the ticket (a reassignment away from them); may be null
     */
    public static Decision decide(TicketFacts ticket, List<Rule> rules, Map<String, TeamView> teams,
            Collection<AgentView> agents, Set<String> excludedAgents) {
        Objects.requireNonNull(ticket, "ticket");
        List<Rule> tried = rules == null ? List.of() : rules;
        Rule rule = firstMatch(ticket, tried);
        if (rule == null) {
            return new Decision(ticket, null, null, null, Decision.Outcome.NO_MATCHING_RULE, List.of(),
                    Explanation.noMatchingRule(ticket, tried.size()));
        }
        TeamView team = teams == null ? null : teams.get(rule.teamId());
        return choose(ticket, rule, team == null ? new TeamView(rule.teamId(), Strategy.DEFAULT) : team, team != null,
                agents, excludedAgents);
    }

    /**
     * For a ticket already routed to {@code team} (it waited in the queue, or is being reassigned): only the
     * agent choice, by the team's strategy and the skills of {@code rule}.
     *
     * @param rule the rule that routed the ticket; null when it came to the team otherwise (then no skills are
     *             required)
     */
    public static Decision chooseAgent(TicketFacts ticket, Rule rule, TeamView team, Collection<AgentView> agents,
            Set<String> excludedAgents) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(team, "team");
        return choose(ticket, rule, team, true, agents, excludedAgents);
    }

    /** The rule that routes {@code ticket}: the first matching by position, or null. */
    public static Rule firstMatch(TicketFacts ticket, List<Rule> rules) {
        Rule first = null;
        for (Rule rule : rules) {
            if ((first == null || rule.position() < first.position()) && rule.match().matches(ticket)) {
                first = rule;
            }
        }
        return first;
    }

    private static Decision choose(TicketFacts ticket, Rule rule, TeamView team, boolean knownTeam,
            Collection<AgentView> agents, Set<String> excludedAgents) {
        Strategy strategy = team.strategy();
        List<SkillRequirement> skills = rule == null ? List.of() : rule.skills();
        Set<String> excluded = excludedAgents == null ? Set.of() : excludedAgents;
        List<Assessment> eligible = new ArrayList<>();
        List<Assessment> others = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AgentView agent : agents == null ? List.<AgentView>of() : agents) {
            if (!agent.teamIds().contains(team.teamId()) || !seen.add(agent.agentId())) {
                continue;
            }
            Assessment assessment = Assessment.of(agent, skills, strategy != Strategy.ROUND_ROBIN,
                    ticket.language(), excluded);
            (assessment.eligible() ? eligible : others).add(assessment);
        }
        Comparator<Assessment> ranking = strategy == Strategy.ROUND_ROBIN ? ROUND_ROBIN : SKILLS_LEAST_LOADED;
        eligible.sort(ranking);
        others.sort(Comparator.comparing(a -> a.agent().agentId()));
        Explanation explanation = new Explanation(rule, team, knownTeam);

        if (strategy == Strategy.MANUAL) {
            List<Candidate> candidates = new ArrayList<>(eligible.size() + others.size());
            eligible.forEach(a -> candidates.add(a.manualCandidate()));
            others.forEach(a -> candidates.add(a.manualCandidate()));
            candidates.sort(Comparator.comparing(Candidate::agentId));
            return new Decision(ticket, rule, team.teamId(), null, Decision.Outcome.QUEUED_MANUAL, candidates,
                    explanation.manual(eligible.size(), eligible.size() + others.size()));
        }
        List<Candidate> candidates = new ArrayList<>(eligible.size() + others.size());
        eligible.forEach(a -> candidates.add(a.candidate()));
        others.forEach(a -> candidates.add(a.candidate()));
        if (eligible.isEmpty()) {
            return new Decision(ticket, rule, team.teamId(), null, Decision.Outcome.QUEUED_NO_CAPACITY, candidates,
                    explanation.queued(others));
        }
        return new Decision(ticket, rule, team.teamId(), eligible.get(0).agent().agentId(), Decision.Outcome.ASSIGNED,
                candidates, explanation.assigned(eligible, others.size(), strategy));
    }

    private static Instant lastAssignedAt(Assessment assessment) {
        return assessment.agent().lastAssignedAt();
    }
}
