package io.ticketflow.routing.rules;

import java.util.List;

/** A proposed change the rule set refuses, with every violation found; nothing was changed. */
public class InvalidRules extends RuntimeException {

    private final transient List<RuleViolation> violations;

    InvalidRules(List<RuleViolation> violations) {
        super(violations.size() + " invalid field(s), first " + violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
