package io.ticketflow.sla.agreement;

/** The two kinds of definition this package stores, for messages and problem details. */
public enum DefinitionKind {
    CALENDAR("calendar"), POLICY("policy");

    private final String noun;

    DefinitionKind(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
