package io.ticketflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The token issuer a service trusts: the same {@code ticketflow.security.*} settings, with the same defaults, as the
 * gateway's, so one set of environment variables ({@code TICKETFLOW_ISSUER}, {@code TICKETFLOW_AUDIENCE},
 * {@code TICKETFLOW_JWK_SET_URI}) points the whole platform at an organisation's own OIDC provider.
 *
 * @param issuer    the exact {@code iss} of accepted tokens
 * @param audience  a value the token's {@code aud} must contain
 * @param jwkSetUri where the issuer publishes its signing keys; {@code <issuer>/oauth2/jwks} when not set
 * @param clockSkew how far this service's clock and the issuer's may disagree on expiry and not-before
 */
@ConfigurationProperties("ticketflow.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("ticketflow") String audience,
        String jwkSetUri,
        @DefaultValue("30s") Duration clockSkew) {

    public String keySetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuer.replaceAll("/+$", "") + "/oauth2/jwks";
    }
}
