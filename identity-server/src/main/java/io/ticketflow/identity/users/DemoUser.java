package io.ticketflow.identity.users;

import java.util.List;

/** A seeded person of the local platform: the username is also the token's {@code sub} (an agent's id in routing). */
public record DemoUser(String username, String email, List<Role> roles) {
    public DemoUser {
        roles = List.copyOf(roles);
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::claimValue).toList();
    }

    /** The email address is personal data: never in a log line. */
    @Override
    public String toString() {
        return "DemoUser[" + username + ", " + roleNames() + "]";
    }
}
