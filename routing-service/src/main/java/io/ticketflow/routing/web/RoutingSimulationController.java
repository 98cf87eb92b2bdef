package io.ticketflow.routing.web;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.routing.assignment.Simulation;
import io.ticketflow.routing.assignment.TeamRoster;
import io.ticketflow.routing.engine.Availability;
import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.engine.Strategy;
import io.ticketflow.routing.engine.TeamView;
import io.ticketflow.routing.rules.KnownTeams;
import io.ticketflow.routing.rules.RoutingRule;
import io.ticketflow.routing.rules.RuleDraft;
import io.ticketflow.routing.rules.RuleValidation;
import io.ticketflow.web.InvalidParameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/routing/simulate}: the tickets opened in a past window, replayed through a proposed rule
 * set, teams and agents (each optional: the current ones when absent), reporting per team and agent what
 * would have been assigned and queued. Nothing is assigned, stored or published.
 */
@RestController
@RequestMapping("/api/routing/simulate")
public class RoutingSimulationController {

    /** Longer windows replay more than a request should wait for; split them. */
    static final Duration MAX_WINDOW = Duration.ofDays(92);

    private final Simulation simulation;
    private final KnownTeams rosterTeams;

    RoutingSimulationController(Simulation simulation, KnownTeams rosterTeams) {
        this.simulation = simulation;
        this.rosterTeams = rosterTeams;
    }

    @PostMapping
    public Simulation.Report simulate(@Valid @RequestBody SimulationRequest request) {
        if (!request.to().isAfter(request.from())) {
            throw new InvalidParameter("to", "must be after from");
        }
        if (Duration.between(request.from(), request.to()).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidParameter("to", "the window is at most " + MAX_WINDOW.toDays() + " days");
        }
        List<TeamView> teams = request.teams() == null ? null : request.teams().stream()
                .map(t -> new TeamView(t.teamId(), t.strategy() == null ? Strategy.DEFAULT
                        : Strategy.valueOf(t.strategy().name())))
                .toList();
        Set<String> proposedTeams = new LinkedHashSet<>();
        if (teams != null) {
            teams.forEach(team -> proposedTeams.add(team.teamId()));
        }
        List<Rule> rules = request.rules() == null ? null
                : RuleValidation.ruleSet(request.rules(), id -> proposedTeams.contains(id) || rosterTeams.exists(id))
                        .stream().filter(RoutingRule::enabled).map(RoutingRule::toEngineRule).toList();
        List<TeamRoster.Member> agents = request.agents() == null ? null : request.agents().stream()
                .map(RoutingSimulationController::member).toList();
        return simulation.run(request.from(), request.to(), rules, teams, agents);
    }

    private static TeamRoster.Member member(ProposedAgent agent) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (agent.skills() != null) {
            agent.skills().forEach(skill -> skills.put(skill.skill(), skill.level()));
        }
        AgentAvailability availability = agent.availability() == null ? AgentAvailability.ONLINE : agent.availability();
        return new TeamRoster.Member(agent.agentId(), Set.copyOf(agent.teamIds()), skills,
                agent.languages() == null ? Set.of() : Set.copyOf(agent.languages()), agent.capacity(),
                Availability.valueOf(availability.name()));
    }

    /**
     * @param rules  the proposed rule set, in order (the rules API's format); absent: the current rules
     * @param teams  the proposed teams; absent: the roster's
     * @param agents the proposed agents; absent: the roster's
     */
    record SimulationRequest(@NotNull Instant from, @NotNull Instant to, List<RuleDraft> rules,
            @Valid @Size(max = 1_000) List<ProposedTeam> teams, @Valid @Size(max = 10_000) List<ProposedAgent> agents) {
    }

    record ProposedTeam(@NotBlank String teamId, RoutingStrategy strategy) {
    }

    /** @param availability ONLINE when absent: a proposal is usually about who would be working */
    record ProposedAgent(@NotBlank String agentId, @NotNull @Size(min = 1) List<String> teamIds,
            @Valid List<ProposedSkill> skills, List<String> languages, @Min(0) @Max(1_000) int capacity,
            AgentAvailability availability) {
    }

    record ProposedSkill(@NotBlank String skill, @Min(1) @Max(5) int level) {
    }
}
