package io.ticketflow.identity.users;

/** The roles of the platform; a token carries their {@link #claimValue() lower-case names} in its {@code roles} claim. */
public enum Role {
    REQUESTER, AGENT, SUPERVISOR, ADMIN, ANALYST, SYSTEM;

    public String claimValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
