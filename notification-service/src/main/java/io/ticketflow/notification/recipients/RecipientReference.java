package io.ticketflow.notification.recipients;

import java.util.Optional;
import java.util.UUID;

/**
 * A recipient as the delivery log names it: {@code requester:<ticket id>} or {@code agent:<agent id>}, never an
 * address, so erasing a person's contact data never touches the log.
 */
public record RecipientReference(Kind kind, String id) {

    public enum Kind {
        REQUESTER, AGENT
    }

    private static final String REQUESTER_PREFIX = "requester:";
    private static final String AGENT_PREFIX = "agent:";

    public static String requester(UUID ticketId) {
        return REQUESTER_PREFIX + ticketId;
    }

    public static String agent(String agentId) {
        return AGENT_PREFIX + agentId;
    }

    /** The reference a string names; empty when it is neither form (or a requester's id is not a ticket id). */
    public static Optional<RecipientReference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.startsWith(REQUESTER_PREFIX)) {
            String id = reference.substring(REQUESTER_PREFIX.length());
            try {
                return Optional.of(new RecipientReference(Kind.REQUESTER, UUID.fromString(id).toString()));
            } catch (IllegalArgumentException notATicketId) {
                return Optional.empty();
            }
        }
        if (reference.startsWith(AGENT_PREFIX) && reference.length() > AGENT_PREFIX.length()
                && reference.length() <= AGENT_PREFIX.length() + 100 && reference.strip().equals(reference)) {
            return Optional.of(new RecipientReference(Kind.AGENT, reference.substring(AGENT_PREFIX.length())));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return (kind == Kind.REQUESTER ? REQUESTER_PREFIX : AGENT_PREFIX) + id;
    }
}
