package io.ticketflow.sla.agreement;

/** A retirement of a policy whose current version is already retired; nothing was stored. */
public class AlreadyRetired extends RuntimeException {

    private final int version;

    AlreadyRetired(String id, int version) {
        super("policy " + id + " was retired in version " + version + "; PUT a definition to bring it back");
        this.version = version;
    }

    public int version() {
        return version;
    }
}
