package io.ticketflow.routing.engine;

import java.util.List;

/**
 * What routing decided for one ticket, with everything needed to explain it later.
 *
 * @param rule        the rule that matched; null when none did
 * @param teamId      the team the ticket goes to; null when no rule matched
 * @param agentId     the winner; null when the ticket is queued, left to a person, or matched no rule
 * @param candidates  every agent of the team, eligible ones first in the order they ranked, then the
 *                    others by agent id, each with why it was not eligible
 * @param explanation one line of at most {@value #MAX_EXPLANATION_LENGTH} characters; it travels in
 *                    {@code TicketAssigned.reason}
 */
public record Decision(TicketFacts ticket, Rule rule, String teamId, String agentId, Outcome outcome,
        List<Candidate> candidates, String explanation) {

    public static final int MAX_EXPLANATION_LENGTH = 500;

    public Decision {
        candidates = List.copyOf(candidates);
    }

    public enum Outcome {
        /** An agent was picked. */
        ASSIGNED,
        /** The team has no eligible agent now; the ticket waits in its queue until capacity frees. */
        QUEUED_NO_CAPACITY,
        /** The team assigns by hand; the ticket waits in its queue for a person. */
        QUEUED_MANUAL,
        /** No rule matched the ticket; it has no team. */
        NO_MATCHING_RULE
    }
}
