package io.ticketflow.e2e;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuedTokenTest {

    private static final Instant EXPIRY = Instant.parse("2026-11-27T15:00:00Z");

    @Test
    void the_expiry_is_read_from_the_payload_and_a_token_is_kept_only_while_it_has_more_than_the_margin_left() {
        IssuedToken token = IssuedToken.of(jwt("{\"sub\":\"dave\",\"exp\":" + EXPIRY.getEpochSecond() + "}"));

        assertThat(token.expiresAt()).isEqualTo(EXPIRY);
        assertThat(token.validFor(Duration.ofMinutes(5), EXPIRY.minus(Duration.ofMinutes(6)))).isTrue();
        assertThat(token.validFor(Duration.ofMinutes(5), EXPIRY.minus(Duration.ofMinutes(4)))).isFalse();
        assertThat(token.validFor(Duration.ofMinutes(5), EXPIRY.plusSeconds(1))).isFalse();
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void a_token_without_an_expiry_is_refused() {
        assertThatThrownBy(() -> IssuedToken.of(jwt("{\"sub\":\"dave\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exp");
    }

    private static String jwt(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.US_ASCII)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
