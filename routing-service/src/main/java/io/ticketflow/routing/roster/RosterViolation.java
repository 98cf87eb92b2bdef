package io.ticketflow.routing.roster;

import java.util.List;
import java.util.stream.Collectors;

/** A change the roster's rules refuse, with every reason found, each naming its field. */
public class RosterViolation extends RuntimeException {

    private final transient List<Violation> violations;

    public RosterViolation(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.reason()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public RosterViolation(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
