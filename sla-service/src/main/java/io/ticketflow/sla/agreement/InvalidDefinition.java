package io.ticketflow.sla.agreement;

import java.util.List;

/** A calendar or policy refused with every violation found in it; nothing was stored. */
public class InvalidDefinition extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidDefinition(List<Violation> violations) {
        super(violations.size() + " invalid field(s), first " + violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
