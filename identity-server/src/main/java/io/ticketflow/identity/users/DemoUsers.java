package io.ticketflow.identity.users;

import java.util.List;
import java.util.Optional;

/**
 * Who can log in to the local platform: one or two people per role, so every rule of the platform (a requester sees
 * only their own tickets, agents work them, a supervisor edits routing, an analyst reads reports) can be tried with
 * {@code ./ticketflow token NAME}.
 */
public final class DemoUsers {
    public static final List<DemoUser> ALL = List.of(
            new DemoUser("alice", "alice@example.com", List.of(Role.REQUESTER)),
            new DemoUser("bob", "bob@example.com", List.of(Role.REQUESTER)),
            new DemoUser("carol", "carol@example.com", List.of(Role.AGENT)),
            new DemoUser("dave", "dave@example.com", List.of(Role.AGENT)),
            new DemoUser("erin", "erin@example.com", List.of(Role.SUPERVISOR)),
            new DemoUser("frank", "frank@example.com", List.of(Role.ANALYST)),
            new DemoUser("admin", "admin@example.com", List.of(Role.ADMIN)));

    private DemoUsers() {
    }

    public static Optional<DemoUser> named(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public static List<String> usernames() {
        return ALL.stream().map(DemoUser::username).toList();
    }
}
