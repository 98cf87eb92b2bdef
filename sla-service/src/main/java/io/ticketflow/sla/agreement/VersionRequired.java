package io.ticketflow.sla.agreement;

/**
 * A change that named no version, to a definition that has a current one: it would silently replace what someone
 * else set. Nothing was stored.
 */
public class VersionRequired extends RuntimeException {

    private final int currentVersion;

    VersionRequired(DefinitionKind kind, String id, int currentVersion) {
        super(kind.named(id) + " is set (version " + currentVersion + "); name the version this change is based on");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
