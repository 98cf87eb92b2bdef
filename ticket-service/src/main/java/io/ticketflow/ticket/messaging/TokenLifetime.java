package io.ticketflow.ticket.messaging;

import org.apache.kafka.common.record.TimestampType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a token was valid when the record carrying it was written. A record's token is judged at the record's
 * timestamp, not at the time it is read: a consumer catching up after downtime reads records whose tokens have
 * long expired, and those records were sent by a system that was allowed to send them.
 *
 * <p>That holds only for a timestamp the sender cannot choose. On a topic with {@code LogAppendTime} (as the
 * platform creates {@code ticketflow.intake}) the broker stamps the time it wrote the record, which is as good
 * as "now" was then. With {@code CreateTime} the producer sets it, and whoever holds an old token could date a
 * record back into that token's lifetime: such a record is accepted only if it is at most {@code maxRecordAge}
 * old, which bounds the backdating to that age and still lets a short outage be caught up. Either way a record
 * stamped in a future no clock disagreement explains is refused. {@code skew} is the usual allowance for clocks
 * that disagree, on both sides of each bound.
 */
final class TokenLifetime {

    private TokenLifetime() {
    }

    /** Why the token does not cover the record's timestamp, or empty when it does. */
    static Optional<String> refusal(Instant notBefore, Instant expiresAt, long recordTimestamp,
            TimestampType timestampType, Instant now, Duration skew, Duration maxRecordAge) {
        if (recordTimestamp < 0) {
            return Optional.of("the record has no timestamp to judge its token's validity at");
        }
        Instant written = Instant.ofEpochMilli(recordTimestamp);
        if (written.isAfter(now.plus(skew))) {
            return Optional.of("the record's timestamp lies in the future");
        }
        if (timestampType != TimestampType.LOG_APPEND_TIME && written.isBefore(now.minus(maxRecordAge))) {
            return Optional.of("record timestamp set by the producer and older than " + maxRecordAge
                    + " (ticketflow.intake.max-record-age); give the topic message.timestamp.type=LogAppendTime");
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
