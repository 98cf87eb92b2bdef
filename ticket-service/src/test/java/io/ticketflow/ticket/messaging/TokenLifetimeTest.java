package io.ticketflow.ticket.messaging;

import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.apache.kafka.common.record.TimestampType.CREATE_TIME;
import static org.apache.kafka.common.record.TimestampType.LOG_APPEND_TIME;
import static org.assertj.core.api.Assertions.assertThat;

class TokenLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final Duration MAX_AGE = Duration.ofHours(1);
    // a token valid from 11:00 to 11:05
    private static final Instant NBF = Instant.parse("2026-11-27T11:00:00Z");
    private static final Instant EXP = Instant.parse("2026-11-27T11:05:00Z");

    @Test
    void a_record_written_while_its_token_was_valid_is_accepted_long_after_the_token_expired() {
        assertThat(refusal(NBF, EXP, at("11:03:00"), LOG_APPEND_TIME)).isEmpty();
    }

    @Test
    void a_record_written_after_its_token_expired_is_refused() {
        assertThat(refusal(NBF, EXP, at("11:06:01"), LOG_APPEND_TIME))
                .hasValue("the token had expired when the record was written");
    }

    @Test
    void a_record_written_before_its_token_was_valid_is_refused() {
        assertThat(refusal(NBF, EXP, at("10:58:59"), LOG_APPEND_TIME))
                .hasValue("the token was not yet valid when the record was written");
    }

    @Test
    void clocks_may_disagree_by_the_skew_on_either_bound() {
        assertThat(refusal(NBF, EXP, at("11:06:00"), LOG_APPEND_TIME)).isEmpty();
        assertThat(refusal(NBF, EXP, at("10:59:00"), LOG_APPEND_TIME)).isEmpty();
    }

    @Test
    void a_record_stamped_in_the_future_beyond_the_skew_is_refused_whatever_its_token() {
        Instant later = NOW.plus(Duration.ofHours(1));
        assertThat(refusal(NOW, later, NOW.plus(SKEW).toEpochMilli() + 1, LOG_APPEND_TIME))
                .hasValue("the record's timestamp lies in the future");
        assertThat(refusal(NOW, later, NOW.plus(SKEW).toEpochMilli(), LOG_APPEND_TIME)).isEmpty();
    }

    @Test
    void a_token_without_expiry_is_refused_and_one_without_not_before_is_judged_on_its_expiry() {
        assertThat(refusal(NBF, null, at("11:03:00"), LOG_APPEND_TIME))
                .hasValue("the token has no expiry (exp)");
        assertThat(refusal(null, EXP, at("09:00:00"), LOG_APPEND_TIME)).isEmpty();
    }

    @Test
    void a_record_without_a_timestamp_is_refused() {
        assertThat(refusal(NBF, EXP, -1, LOG_APPEND_TIME))
                .hasValue("the record has no timestamp to judge its token's validity at");
    }

    @Test
    void a_broker_timestamp_is_trusted_however_old_a_producer_timestamp_only_up_to_the_maximum_record_age() {
        // a token valid around a record written 59 and 61 minutes ago
        Instant nbf = NOW.minus(Duration.ofMinutes(65));
        Instant exp = NOW.minus(Duration.ofMinutes(55));
        long within = NOW.minus(Duration.ofMinutes(59)).toEpochMilli();
        long beyond = NOW.minus(Duration.ofMinutes(61)).toEpochMilli();

        assertThat(refusal(nbf, exp, beyond, LOG_APPEND_TIME)).isEmpty();
        assertThat(refusal(nbf, exp, within, CREATE_TIME)).isEmpty();
        assertThat(refusal(nbf, exp, beyond, CREATE_TIME)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("record timestamp set by the producer and older than PT1H")
                .contains("ticketflow.intake.max-record-age"));
    }

    @Test
    void a_producer_timestamp_within_the_maximum_age_is_still_judged_against_the_token() {
        assertThat(refusal(NBF, EXP, at("11:06:01"), CREATE_TIME))
                .hasValue("the token had expired when the record was written");
        assertThat(refusal(NOW, NOW.plus(MAX_AGE), NOW.plus(SKEW).toEpochMilli() + 1, CREATE_TIME))
                .hasValue("the record's timestamp lies in the future");
    }

    private static Optional<String> refusal(Instant notBefore, Instant expiresAt, long recordTimestamp,
            TimestampType type) {
        return TokenLifetime.refusal(notBefore, expiresAt, recordTimestamp, type, NOW, SKEW, MAX_AGE);
    }

    private static long at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z").toEpochMilli();
    }
}
