package io.ticketflow.routing.engine;

import java.util.List;
import java.util.UUID;

/**
 * One routing rule: tickets it {@code match}es go to {@code teamId}, to an agent with {@code skills}.
 * Rules are tried by ascending {@code position}; the first that matches decides.
 */
public record Rule(UUID ruleId, int position, String name, RuleMatch match, String teamId,
        List<SkillRequirement> skills) {

    public Rule {
        match = match == null ? RuleMatch.ANY : match;
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
