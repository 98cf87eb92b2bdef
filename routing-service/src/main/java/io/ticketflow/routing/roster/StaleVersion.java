package io.ticketflow.routing.roster;

/** A change based on an older read: the agent or team is at another version now. */
public class StaleVersion extends RuntimeException {

    private final long currentVersion;

    StaleVersion(String kind, String id, long expectedVersion, long currentVersion) {
        super(kind + " " + id + " is at version " + currentVersion + ", not " + expectedVersion
                + "; read it again and retry");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
