package io.ticketflow.ticket.messaging;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.InvalidEnvelopeException;
import io.ticketflow.security.PlatformTokens;
import io.ticketflow.security.SecurityProperties;
import io.ticketflow.testkit.identity.TestIssuer;
import io.ticketflow.ticket.config.IntakeProperties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.common.record.TimestampType.CREATE_TIME;
import static org.apache.kafka.common.record.TimestampType.LOG_APPEND_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who opens an intake submission's ticket, decided from the record's headers and timestamp with the platform's
 * real token checks against a test issuer; the integration test covers the same on Kafka with the switch on.
 */
class IntakeIdentityTest {

    private static final TestIssuer ISSUER = TestIssuer.start();
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final String WHERE = "ticketflow.intake-0@7: ";

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void a_system_token_opens_as_its_client_whether_sent_bare_or_as_a_bearer_value() {
        IntakeIdentity identity = identity(true, Map.of());
        String token = ISSUER.token("shop-client", "system");

        assertThat(identity.opener(headers(token), now(), LOG_APPEND_TIME, "shop-backend", WHERE))
                .isEqualTo(Actor.system("shop-client"));
        assertThat(identity.opener(headers("Bearer " + token), now(), LOG_APPEND_TIME, "shop-backend", WHERE))
                .isEqualTo(Actor.system("shop-client"));
    }

    @Test
    void without_a_token_a_submission_is_refused_unless_identities_are_not_required_yet() {
        assertThatThrownBy(() -> identity(true, Map.of()).opener(new RecordHeaders(), now(), LOG_APPEND_TIME,
                "shop-backend", WHERE))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessage(WHERE + "identity refused: no ticketflow-authorization header: a submission carries its"
                        + " system's access token");

        assertThat(identity(false, Map.of()).opener(new RecordHeaders(), now(), LOG_APPEND_TIME, "shop-backend",
                WHERE))
                .isEqualTo(Actor.system("unverified:shop-backend"));
    }

    @Test
    void an_empty_authorization_header_is_refused_even_while_identities_are_not_required() {
        for (boolean required : new boolean[] {true, false}) {
            for (String empty : List.of("", "   ", "Bearer", "Bearer ", "bearer  ")) {
                assertThatThrownBy(() -> identity(required, Map.of()).opener(headers(empty), now(), LOG_APPEND_TIME,
                        "shop-backend", WHERE))
                        .isInstanceOf(InvalidEnvelopeException.class)
                        .hasMessage(WHERE + "identity refused: empty authorization header (ticketflow-authorization)");
            }
        }
    }

    @Test
    void a_producer_set_timestamp_is_accepted_only_up_to_the_maximum_record_age() {
        IntakeIdentity identity = identity(true, Map.of());
        String valid = ISSUER.token("shop-client", "system");
        long twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).toEpochMilli();

        assertThat(identity.opener(headers(valid), now(), CREATE_TIME, "shop-backend", WHERE))
                .isEqualTo(Actor.system("shop-client"));
        assertThatThrownBy(() -> identity.opener(headers(valid), twoHoursAgo, CREATE_TIME, "shop-backend", WHERE))
                .hasMessageContaining("identity refused: record timestamp set by the producer and older than PT1H");
    }

    @Test
    void a_reply_comes_only_through_the_system_that_opened_the_ticket_or_one_bound_to_its_source() {
        IntakeIdentity identity = identity(true, Map.of("returns-client", List.of("shop-backend")));
        Actor opener = Actor.system("shop-client");

        identity.checkReply(opener, Actor.system("shop-client"), "shop-backend", WHERE);
        identity.checkReply(opener, Actor.system("returns-client"), "shop-backend", WHERE);
        identity.checkReply(Actor.agent("carol"), Actor.system("monitoring-client"), "shop-backend", WHERE);
        assertThatThrownBy(() -> identity.checkReply(opener, Actor.system("monitoring-client"), "shop-backend", WHERE))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessage(WHERE + "identity refused: a reply to a ticket opened by SYSTEM:shop-client comes only"
                        + " through that client or one bound to sourceSystem shop-backend (ticketflow.intake.sources),"
                        + " not SYSTEM:monitoring-client");
        // bound to another source is not enough
        assertThatThrownBy(() -> identity.checkReply(opener, Actor.system("returns-client"), "shop-returns", WHERE))
                .isInstanceOf(InvalidEnvelopeException.class);
    }

    @Test
    void with_identities_not_required_a_token_that_is_sent_still_counts_and_a_bad_one_is_still_refused() {
        IntakeIdentity migrating = identity(false, Map.of());

        assertThat(migrating.opener(headers(ISSUER.token("shop-client", "system")), now(), LOG_APPEND_TIME,
                "shop-backend", WHERE))
                .isEqualTo(Actor.system("shop-client"));
        assertThatThrownBy(() -> migrating.opener(headers(ISSUER.jwt("shop-client").roles("system").tampered().sign()),
                now(), LOG_APPEND_TIME, "shop-backend", WHERE))
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void refusals_say_what_is_wrong_without_quoting_the_token() {
        IntakeIdentity identity = identity(true, Map.of());
        Map<String, String> reasons = Map.of(
                ISSUER.jwt("alice").roles("requester").sign(), "the token is not a system's (no role system)",
                ISSUER.jwt("shop-client").roles("system").audience("billing").sign(), "The aud claim is not valid",
                ISSUER.jwt("shop-client").roles("system").issuer("https://elsewhere.example").sign(),
                "The iss claim is not valid",
                ISSUER.jwt("shop-client").roles("system").signedWithAnotherKey().sign(), "signature does not verify",
                ISSUER.jwt("shop-client").roles("system").expiredAgo(Duration.ofMinutes(5)).sign(),
                "the token had expired when the record was written",
                "not.a-jwt", "the token is not a well-formed signed JWT");

        reasons.forEach((token, reason) -> assertThatThrownBy(() -> identity.opener(headers(token), now(),
                LOG_APPEND_TIME, "shop-backend", WHERE))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageStartingWith(WHERE + "identity refused: ")
                .hasMessageContaining(reason)
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain(token).doesNotContain("alice")));
    }

    @Test
    void two_authorization_headers_are_refused_rather_than_one_chosen() {
        Headers two = headers(ISSUER.token("shop-client", "system"));
        two.add(WireHeaders.AUTHORIZATION, ISSUER.token("other-client", "system").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> identity(true, Map.of()).opener(two, now(), LOG_APPEND_TIME, "shop-backend", WHERE))
                .hasMessageContaining("more than one ticketflow-authorization header");
    }

    @Test
    void a_bound_client_speaks_only_for_its_sources_and_a_bound_source_only_through_its_clients() {
        IntakeIdentity identity = identity(true, Map.of("shop-client", List.of("shop-backend", "shop-returns")));
        String shop = ISSUER.token("shop-client", "system");
        String monitoring = ISSUER.token("monitoring-client", "system");

        assertThat(identity.opener(headers(shop), now(), LOG_APPEND_TIME, "shop-returns", WHERE))
                .isEqualTo(Actor.system("shop-client"));
        assertThat(identity.opener(headers(monitoring), now(), LOG_APPEND_TIME, "nagios", WHERE))
                .isEqualTo(Actor.system("monitoring-client"));
        assertThatThrownBy(() -> identity.opener(headers(shop), now(), LOG_APPEND_TIME, "nagios", WHERE))
                .hasMessageContaining("client shop-client may not submit for sourceSystem nagios");
        assertThatThrownBy(() -> identity.opener(headers(monitoring), now(), LOG_APPEND_TIME, "shop-backend", WHERE))
                .hasMessageContaining("client monitoring-client may not submit for sourceSystem shop-backend");
    }

    private static IntakeIdentity identity(boolean requireIdentity, Map<String, List<String>> sources) {
        SecurityProperties security = new SecurityProperties(ISSUER.issuer(), TestIssuer.AUDIENCE, null, SKEW);
        return new IntakeIdentity(PlatformTokens.withoutLifetime(security), SKEW,
                new IntakeProperties(requireIdentity, sources, Duration.ofHours(1)), Clock.systemUTC());
    }

    private static Headers headers(String authorization) {
        Headers headers = new RecordHeaders();
        headers.add(WireHeaders.AUTHORIZATION, authorization.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static long now() {
        return Instant.now().toEpochMilli();
    }
}
