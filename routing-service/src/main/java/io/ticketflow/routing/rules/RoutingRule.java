package io.ticketflow.routing.rules;

import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.engine.RuleMatch;
import io.ticketflow.routing.engine.SkillRequirement;

import java.util.List;
import java.util.UUID;

/** A stored rule, as the API shows it; a disabled rule keeps its place but routes nothing. */
public record RoutingRule(UUID ruleId, int position, String name, boolean enabled, RuleMatch match, String teamId,
        List<SkillRequirement> skills) {

    public RoutingRule {
        skills = List.copyOf(skills);
    }

    RoutingRule at(int newPosition) {
        return new RoutingRule(ruleId, newPosition, name, enabled, match, teamId, skills);
    }

    public Rule toEngineRule() {
        return new Rule(ruleId, position, name, match, teamId, skills);
    }
}
