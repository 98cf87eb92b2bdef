package io.ticketflow.routing.rules;

import java.util.UUID;

public class RuleNotFound extends RuntimeException {

    private final UUID ruleId;

    RuleNotFound(UUID ruleId) {
        super("routing rule " + ruleId + " not found");
        this.ruleId = ruleId;
    }

    public UUID ruleId() {
        return ruleId;
    }
}
