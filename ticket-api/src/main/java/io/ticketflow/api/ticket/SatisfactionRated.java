package io.ticketflow.api.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The requester rated how the ticket was handled. A ticket is rated once, by its requester, after resolution.
 *
 * @param score   1 (very unhappy) to 5 (very happy)
 * @param comment what the requester wrote, may be null (personal data)
 */
public record SatisfactionRated(
        UUID ticketId,
        int score,
        String comment,
        Actor ratedBy,
        Instant ratedAt) implements TicketEvent {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    public SatisfactionRated {
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new IllegalArgumentException("score must be 1 to 5, was " + score);
        }
    }

    @Override
    public String toString() {
        return "SatisfactionRated[ticketId=" + ticketId + ", score=" + score + ", ratedBy=" + ratedBy
                + ", ratedAt=" + ratedAt + "]";
    }
}
