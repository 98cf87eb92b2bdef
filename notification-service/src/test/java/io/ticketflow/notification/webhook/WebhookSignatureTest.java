package io.ticketflow.notification.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "a-secret-of-at-least-32-characters!";
    private static final byte[] BODY = "{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_timestamp_dot_body() {
        // expected value from: printf '1700000000.{"eventId":"x"}' | openssl dgst -sha256 -hmac '<secret>'
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, BODY))
                .isEqualTo("v1=3a40a5eca14a73e1b9c72327271417038276611e6cadc72222355a3d7b0833cf");
    }

    @Test
    void another_timestamp_secret_or_body_signs_differently() {
        String signature = WebhookSignature.sign(SECRET, 1_700_000_000L, BODY);

        assertThat(WebhookSignature.sign(SECRET, 1_700_000_001L, BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(SECRET + "x", 1_700_000_000L, BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"eventId\":\"y\"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(signature);
    }
}
