package io.ticketflow.testkit.identity;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestIssuerTest {

    private static final TestIssuer ISSUER = TestIssuer.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void a_token_verifies_with_the_published_key_and_carries_the_claims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(ISSUER.token("carol", "agent", "supervisor"));

        assertThat(jwt.verify(publishedKeyVerifier())).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("carol");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER.issuer());
        assertThat(claims.getAudience()).containsExactly(TestIssuer.AUDIENCE);
        assertThat(claims.getStringListClaim("roles")).containsExactly("agent", "supervisor");
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(publishedKey().getKeyID());
    }

    @Test
    void the_discovery_document_names_the_issuer_and_its_key_set() throws Exception {
        Map<String, Object> document = JSONObjectUtils.parse(get(ISSUER.issuer() + "/.well-known/openid-configuration"));

        assertThat(document).containsEntry("issuer", ISSUER.issuer()).containsEntry("jwks_uri", ISSUER.jwkSetUri());
    }

    @Test
    void a_tampered_token_or_one_signed_with_another_key_does_not_verify() throws Exception {
        SignedJWT tampered = SignedJWT.parse(ISSUER.jwt("bob").roles("requester").tampered().sign());
        SignedJWT forged = SignedJWT.parse(ISSUER.jwt("bob").roles("admin").signedWithAnotherKey().sign());

        assertThat(tampered.verify(publishedKeyVerifier())).isFalse();
        assertThat(tampered.getJWTClaimsSet().getSubject()).isNotEqualTo("bob");
        assertThat(forged.verify(publishedKeyVerifier())).isFalse();
    }

    @Test
    void the_shapes_a_resource_server_must_refuse_are_what_they_say() throws Exception {
        JWTClaimsSet expired = SignedJWT.parse(ISSUER.jwt("bob").expiredAgo(Duration.ofMinutes(5)).sign())
                .getJWTClaimsSet();
        JWTClaimsSet otherIssuer = SignedJWT.parse(ISSUER.jwt("bob").issuer("https://elsewhere.example").sign())
                .getJWTClaimsSet();
        JWTClaimsSet otherAudience = SignedJWT.parse(ISSUER.jwt("bob").audience("billing").sign()).getJWTClaimsSet();

        assertThat(expired.getExpirationTime().toInstant()).isBefore(Instant.now().minus(Duration.ofMinutes(4)));
        assertThat(otherIssuer.getIssuer()).isEqualTo("https://elsewhere.example");
        assertThat(otherAudience.getAudience()).containsExactly("billing");
    }

    private static JWSVerifier publishedKeyVerifier() throws Exception {
        return new RSASSAVerifier(publishedKey());
    }

    private static RSAKey publishedKey() throws Exception {
        JWKSet keys = JWKSet.parse(get(ISSUER.jwkSetUri()));
        assertThat(keys.getKeys()).singleElement().satisfies(key -> assertThat(key.isPrivate()).isFalse());
        return keys.getKeys().get(0).toRSAKey();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
