package io.ticketflow.notification.recipients;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

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
    /** Looser than routing's rule for new ids: any id an event carried, as long as it is one printable word. */
    private static final Pattern AGENT_ID = Pattern.compile("\\S{1,100}");

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
        if (reference.startsWith(AGENT_PREFIX) && AGENT_ID.matcher(reference.substring(AGENT_PREFIX.length()))
                .matches()) {
            return Optional.of(new RecipientReference(Kind.AGENT, reference.substring(AGENT_PREFIX.length())));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return (kind == Kind.REQUESTER ? REQUESTER_PREFIX : AGENT_PREFIX) + id;
    }
}
