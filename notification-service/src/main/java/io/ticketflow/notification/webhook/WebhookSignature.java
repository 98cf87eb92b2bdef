package io.ticketflow.notification.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code Ticketflow-Signature} header: {@code v1=} and the hex HMAC-SHA256, keyed with the subscription's secret,
 * of {@code "<timestamp>.<body>"}. Signing the timestamp with the body lets a receiver reject old requests (replays)
 * without trusting an unsigned header; the version prefix leaves room for another scheme beside this one.
 */
final class WebhookSignature {

    static final String VERSION = "v1";

    private WebhookSignature() {
    }

    static String sign(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
