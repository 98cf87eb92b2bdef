package io.ticketflow.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The platform's checks of a token, in one place, for the two places tokens arrive: a request, whose token must be
 * valid now, and a Kafka record, whose token must have been valid when the record was written (which its consumer
 * judges against the record's timestamp, since a consumer catching up reads yesterday's records today). Both check
 * the same RS256 signature against the issuer's published keys, the same issuer, audience and usable subject.
 */
public final class PlatformTokens {

    /**
     * The subject becomes an actor id in events and on Kafka: an opaque reference, never an email address
     * (personal data, which an event log keeps forever) nor anything a header could not carry. As at the gateway.
     */
    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$");

    private PlatformTokens() {
    }

    /** Signature, issuer, audience, subject, and expiry and not-before against this service's clock. */
    public static JwtDecoder forRequests(SecurityProperties security) {
        return decoder(security, new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(security.clockSkew()), identity(security)));
    }

    /**
     * Signature, issuer, audience and subject only: the caller judges {@code exp} and {@code nbf} against the
     * instant that matters to it. The keys are fetched on the first token, not at startup, so a service comes up
     * while the issuer does not; a failure to fetch them is a plain {@code JwtException}, a bad token a
     * {@code BadJwtException}.
     */
    public static JwtDecoder withoutLifetime(SecurityProperties security) {
        return decoder(security, identity(security));
    }

    private static JwtDecoder decoder(SecurityProperties security, OAuth2TokenValidator<Jwt> validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(security.keySetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> identity(SecurityProperties security) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(security.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(security.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && SUBJECT.matcher(subject).matches()));
    }
}
