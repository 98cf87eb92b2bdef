package io.ticketflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * A token of the platform's issuer with the expiry its payload names ({@code exp}), so a long run can tell when to
 * get a new one: tokens last 30 minutes, and a slow run of the whole suite can take longer.
 */
record IssuedToken(String value, Instant expiresAt) {

    static IssuedToken of(String token) {
        try {
            JsonNode claims = ForgedTokens.claims(token);
            if (!claims.path("exp").canConvertToLong()) {
                throw new IllegalArgumentException("The token names no expiry (exp)");
            }
            return new IssuedToken(token, Instant.ofEpochSecond(claims.path("exp").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether it still has more than {@code margin} to live at {@code now}. */
    boolean validFor(Duration margin, Instant now) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
