package io.ticketflow.ticket.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(60);
    // a token valid from 11:00 to 11:05
    private static final Instant NBF = Instant.parse("2026-11-27T11:00:00Z");
    private static final Instant EXP = Instant.parse("2026-11-27T11:05:00Z");

    @Test
    void a_record_written_while_its_token_was_valid_is_accepted_long_after_the_token_expired() {
        assertThat(TokenLifetime.refusal(NBF, EXP, at("11:03:00"), NOW, SKEW)).isEmpty();
    }

    @Test
    void a_record_written_after_its_token_expired_is_refused() {
        assertThat(TokenLifetime.refusal(NBF, EXP, at("11:06:01"), NOW, SKEW))
                .hasValue("the token had expired when the record was written");
    }

    @Test
    void a_record_written_before_its_token_was_valid_is_refused() {
        assertThat(TokenLifetime.refusal(NBF, EXP, at("10:58:59"), NOW, SKEW))
                .hasValue("the token was not yet valid when the record was written");
    }

    @Test
    void clocks_may_disagree_by_the_skew_on_either_bound() {
        assertThat(TokenLifetime.refusal(NBF, EXP, at("11:06:00"), NOW, SKEW)).isEmpty();
        assertThat(TokenLifetime.refusal(NBF, EXP, at("10:59:00"), NOW, SKEW)).isEmpty();
    }

    @Test
    void a_record_stamped_in_the_future_beyond_the_skew_is_refused_whatever_its_token() {
        Instant later = NOW.plus(Duration.ofHours(1));
        assertThat(TokenLifetime.refusal(NOW, later, NOW.plus(SKEW).toEpochMilli() + 1, NOW, SKEW))
                .hasValue("the record's timestamp lies in the future");
        assertThat(TokenLifetime.refusal(NOW, later, NOW.plus(SKEW).toEpochMilli(), NOW, SKEW)).isEmpty();
    }

    @Test
    void a_token_without_expiry_is_refused_and_one_without_not_before_is_judged_on_its_expiry() {
        assertThat(TokenLifetime.refusal(NBF, null, at("11:03:00"), NOW, SKEW))
                .hasValue("the token has no expiry (exp)");
        assertThat(TokenLifetime.refusal(null, EXP, at("09:00:00"), NOW, SKEW)).isEmpty();
    }

    @Test
    void a_record_without_a_timestamp_is_refused() {
        assertThat(TokenLifetime.refusal(NBF, EXP, -1, NOW, SKEW))
                .hasValue("the record has no timestamp to judge its token's validity at");
    }

    private static long at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z").toEpochMilli();
    }
}
