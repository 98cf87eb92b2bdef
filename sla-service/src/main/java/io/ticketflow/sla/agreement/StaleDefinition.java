package io.ticketflow.sla.agreement;

/** A change based on a version that is no longer the current one; nothing was stored. */
public class StaleDefinition extends RuntimeException {

    private final int expectedVersion;
    private final int currentVersion;

    StaleDefinition(DefinitionKind kind, String id, int expectedVersion, int currentVersion) {
        super(kind.named(id) + " is at version " + currentVersion + ", not " + expectedVersion
                + "; read it again and retry");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
