package io.ticketflow.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The token issuer the gateway trusts. Pointing these at an organisation's own OIDC provider (Keycloak, Okta,
 * Entra ID) is all it takes to use it, as long as its tokens carry a {@code roles} claim.
 *
 * @param issuer    the exact {@code iss} of accepted tokens ({@code TICKETFLOW_ISSUER})
 * @param audience  a value the token's {@code aud} must contain
 * @param jwkSetUri where the issuer publishes its signing keys; {@code <issuer>/oauth2/jwks} when not set
 * @param clockSkew how far the gateway's clock and the issuer's may disagree on expiry and not-before
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
