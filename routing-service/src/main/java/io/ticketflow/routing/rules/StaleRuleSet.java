package io.ticketflow.routing.rules;

/** A change made on the basis of a rule set version that is no longer the current one; nothing was changed. */
public class StaleRuleSet extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    StaleRuleSet(long expectedVersion, long currentVersion) {
        super("the rule set is at version " + currentVersion + ", not " + expectedVersion
                + "; read it again and retry");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
