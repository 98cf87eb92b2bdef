package io.ticketflow.sla.agreement;

/** No calendar or policy with this id, or not in the version asked for. */
public class DefinitionNotFound extends RuntimeException {

    private final DefinitionKind kind;
    private final String id;

    public DefinitionNotFound(DefinitionKind kind, String id) {
        super("there is no " + kind.named(id));
        this.kind = kind;
        this.id = id;
    }

    public DefinitionNotFound(DefinitionKind kind, String id, int version) {
        super("there is no version " + version + " of " + kind.named(id));
        this.kind = kind;
        this.id = id;
    }

    public DefinitionKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
