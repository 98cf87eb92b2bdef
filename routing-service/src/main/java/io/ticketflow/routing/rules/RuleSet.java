package io.ticketflow.routing.rules;

import io.ticketflow.routing.engine.Rule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules a decision is made with: the enabled ones, in order of position, as the engine's records, and the
 * version of the set they came from (for the decision log).
 */
public record RuleSet(long version, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** A rule of this set by id, e.g. the one that routed a ticket which waited in a queue. */
    public Optional<Rule> rule(UUID ruleId) {
        return rules.stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst();
    }
}
