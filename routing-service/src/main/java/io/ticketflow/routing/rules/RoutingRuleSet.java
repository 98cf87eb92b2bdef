package io.ticketflow.routing.rules;

import java.util.List;

/** Every stored rule in order of position, enabled or not, and the version of the set. */
public record RoutingRuleSet(long version, List<RoutingRule> rules) {

    public RoutingRuleSet {
        rules = List.copyOf(rules);
    }
}
