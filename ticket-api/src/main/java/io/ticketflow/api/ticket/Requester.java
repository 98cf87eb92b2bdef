package io.ticketflow.api.ticket;

/**
 * Who asked. Personal data: never logged, and kept apart from analytics so it can be erased.
 *
 * @param email        the requester's address (personal data)
 * @param name         display name (personal data)
 * @param organisation the requester's organisation, used by routing and SLA matching; may be null
 */
public record Requester(String email, String name, String organisation) {
    @Override
    public String toString() {
        // records print every component; this one must never reach a log line with its personal data
        return "Requester[organisation=" + organisation + "]";
    }
}
