package io.ticketflow.ticket.messaging;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.InvalidEnvelopeException;
import io.ticketflow.security.Caller;
import io.ticketflow.security.PlatformTokens;
import io.ticketflow.security.SecurityProperties;
import io.ticketflow.ticket.config.IntakeProperties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who submits on {@code ticketflow.intake}: the system whose access token the record carries in
 * {@value WireHeaders#AUTHORIZATION}, not the {@code sourceSystem} the sender wrote into the submission. The token
 * is checked as platform-security checks a request's ({@link PlatformTokens}: the same issuer, audience, keys and
 * subject rules, from the same {@code ticketflow.security.*} settings), except that its lifetime is judged at the
 * record's timestamp ({@link TokenLifetime}: the broker's on the platform's topic), and it must carry the role
 * {@code system}. It also decides which system may carry a reply to an intake ticket ({@link #checkReply}).
 *
 * <p>A refusal is an {@link InvalidEnvelopeException}: the record is dead-lettered at once with the reason, since
 * retrying cannot make a token valid. The reason never quotes the token, and names no person: a refused token's
 * subject is left out, it may be a person's. Only a failure to fetch the issuer's keys is not the record's fault:
 * it propagates as it is and is retried like any other failure.
 */
@Component
class IntakeIdentity {

    private static final Pattern BEARER = Pattern.compile("^Bearer(\\s+|$)", Pattern.CASE_INSENSITIVE);

    private final JwtDecoder tokens;
    private final Duration skew;
    private final IntakeProperties intake;
    private final Clock clock;

    @Autowired
    IntakeIdentity(SecurityProperties security, IntakeProperties intake, Clock clock) {
        this(PlatformTokens.withoutLifetime(security), security.clockSkew(), intake, clock);
    }

    IntakeIdentity(JwtDecoder tokens, Duration skew, IntakeProperties intake, Clock clock) {
        this.tokens = tokens;
        this.skew = skew;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * The actor who opens the submission's ticket: {@code SYSTEM <the token's subject>} (a client id), or, while
     * identities are not required and the record carries no token header at all,
     * {@code SYSTEM unverified:<sourceSystem>}. A header that is there is always checked: an empty or bad token is
     * refused even then, being forged or misconfigured.
     *
     * @param where the record's coordinates, to start the refusal's reason with
     */
    Actor opener(Headers headers, long recordTimestamp, TimestampType timestampType, String sourceSystem,
            String where) {
        Optional<String> token = token(headers, where);
        if (token.isEmpty()) {
            if (intake.requireIdentity()) {
                throw refused(where, "no " + WireHeaders.AUTHORIZATION + " header: a submission carries its system's"
                        + " access token");
            }
            return Actor.system("unverified:" + sourceSystem);
        }
        Jwt jwt = verified(token.get(), where);
        TokenLifetime.refusal(jwt.getNotBefore(), jwt.getExpiresAt(), recordTimestamp, timestampType, clock.instant(),
                        skew, intake.maxRecordAge())
                .ifPresent(reason -> {
                    throw refused(where, reason);
                });
        Caller caller = Caller.of(jwt);
        if (!caller.hasRole(Caller.SYSTEM)) {
            throw refused(where, "the token is not a system's (no role " + Caller.SYSTEM + ")");
        }
        if (!intake.maySpeakFor(caller.subject(), sourceSystem)) {
            throw refused(where, "client " + caller.subject() + " may not submit for sourceSystem " + sourceSystem
                    + " (ticketflow.intake.sources)");
        }
        return Actor.system(caller.subject());
    }

    /**
     * Refuses a reply (a later submission with the ticket's reference) that {@code relay} carries to a ticket
     * {@code openedBy} another system: only the system that opened it, or a client the organisation bound to the
     * submission's source, may speak for that ticket's requester. Without this, any system client could write
     * replies into any intake ticket whose reference it knows or guesses. Tickets opened by people are not intake
     * tickets and are left to the ticket's own rules.
     */
    void checkReply(Actor openedBy, Actor relay, String sourceSystem, String where) {
        if (openedBy.kind() != ActorKind.SYSTEM || openedBy.equals(relay)
                || (relay.kind() == ActorKind.SYSTEM && intake.isBoundTo(relay.id(), sourceSystem))) {
            return;
        }
        throw refused(where, "a reply to a ticket opened by " + openedBy.kind() + ":" + openedBy.id()
                + " comes only through that client or one bound to sourceSystem " + sourceSystem
                + " (ticketflow.intake.sources), not " + relay.kind() + ":" + relay.id());
    }

    private static Optional<String> token(Headers headers, String where) {
        Iterator<Header> values = headers.headers(WireHeaders.AUTHORIZATION).iterator();
        if (!values.hasNext()) {
            return Optional.empty();
        }
        Header first = values.next();
        if (values.hasNext()) {
            throw refused(where, "more than one " + WireHeaders.AUTHORIZATION + " header");
        }
        String value = first.value() == null ? "" : new String(first.value(), StandardCharsets.UTF_8).strip();
        value = BEARER.matcher(value).replaceFirst("");
        if (value.isEmpty()) {
            // a sender that meant to send a token and sent none is misconfigured, whether identities are
            // required yet or not: refused, rather than opened as unverified
            throw refused(where, "empty authorization header (" + WireHeaders.AUTHORIZATION + ")");
        }
        return Optional.of(value);
    }

    private Jwt verified(String token, String where) {
        try {
            return tokens.decode(token);
        } catch (JwtValidationException invalid) {
            throw refused(where, "the token is not valid here: " + invalid.getErrors().stream()
                    .map(OAuth2Error::getDescription).collect(Collectors.joining("; ")));
        } catch (BadJwtException bad) {
            // Nimbus' parse messages may quote a piece of the token: say only which of two things went wrong
            boolean signature = String.valueOf(bad.getMessage()).contains("signature")
                    || String.valueOf(bad.getMessage()).contains("no matching key");
            throw refused(where, signature
                    ? "the token's signature does not verify against the issuer's keys"
                    : "the token is not a well-formed signed JWT");
        }
    }

    private static InvalidEnvelopeException refused(String where, String reason) {
        return new InvalidEnvelopeException(where + "identity refused: " + reason);
    }
}
