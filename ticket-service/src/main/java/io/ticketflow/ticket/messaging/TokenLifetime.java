package io.ticketflow.ticket.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a token was valid when the record carrying it was written. A record's token is judged at the record's
 * timestamp, not at the time it is read: a consumer catching up after downtime, or a dead letter replayed days
 * later, reads records whose tokens have long expired, and those records were sent by a system that was allowed to
 * send them. What it cannot be is a record written while the token was expired or not yet valid, or one stamped
 * in a future no clock disagreement explains (its token would then be judged at a time of the sender's choosing).
 * {@code skew} is the usual allowance for clocks that disagree, on both sides of each bound.
 */
final class TokenLifetime {

    private TokenLifetime() {
    }

    /** Why the token does not cover the record's timestamp, or empty when it does. */
    static Optional<String> refusal(Instant notBefore, Instant expiresAt, long recordTimestamp, Instant now,
            Duration skew) {
        if (recordTimestamp < 0) {
            return Optional.of("the record has no timestamp to judge its token's validity at");
        }
        Instant written = Instant.ofEpochMilli(recordTimestamp);
        if (written.isAfter(now.plus(skew))) {
            return Optional.of("the record's timestamp lies in the future");
        }
        if (expiresAt == null) {
            return Optional.of("the token has no expiry (exp)");
        }
        if (written.isAfter(expiresAt.plus(skew))) {
            return Optional.of("the token had expired when the record was written");
        }
        if (notBefore != null && written.isBefore(notBefore.minus(skew))) {
            return Optional.of("the token was not yet valid when the record was written");
        }
        return Optional.empty();
    }
}
