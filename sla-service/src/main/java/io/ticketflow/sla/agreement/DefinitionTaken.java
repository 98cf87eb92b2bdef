package io.ticketflow.sla.agreement;

/** A creation naming an id that is in use, retired policies included: their versions still count clocks. */
public class DefinitionTaken extends RuntimeException {

    private final DefinitionKind kind;

    DefinitionTaken(DefinitionKind kind, String id) {
        super("a " + kind.noun() + " " + id + " exists; change it with PUT");
        this.kind = kind;
    }

    public DefinitionKind kind() {
        return kind;
    }
}
