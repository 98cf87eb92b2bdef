package io.ticketflow.testkit.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth2 issuer for tests: serves its public key at {@code /oauth2/jwks} and its discovery document at
 * {@code /.well-known/openid-configuration} (the paths of Spring Authorization Server, which the local identity
 * server is), from the JDK's HTTP server on a free port of localhost, and signs tokens with RS256.
 *
 * <pre>{@code
 * TestIssuer issuer = TestIssuer.start();
 * registry.add("ticketflow.security.issuer", issuer::issuer);
 * String token = issuer.token("carol", "agent");                 // valid, audience "ticketflow"
 * String expired = issuer.jwt("carol").roles("agent").expiredAgo(Duration.ofMinutes(5)).sign();
 * }</pre>
 */
public final class TestIssuer implements AutoCloseable {

    /** The audience Ticketflow's resource servers expect by default. */
    public static final String AUDIENCE = "ticketflow";

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;
    private final AtomicInteger keyRequests = new AtomicInteger();

    private TestIssuer(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
        this.issuer = "http://localhost:" + server.getAddress().getPort();
    }

    /** A new key and a server for it on a free port, already answering. */
    public static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            TestIssuer issuer = new TestIssuer(newKey("test-key-1"), server);
            server.createContext("/oauth2/jwks", exchange -> {
                issuer.keyRequests.incrementAndGet();
                issuer.respond(exchange, new JWKSet(issuer.key.toPublicJWK()).toString());
            });
            server.createContext("/.well-known/openid-configuration",
                    exchange -> issuer.respond(exchange, issuer.discoveryDocument()));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://localhost:<port>}, the {@code iss} of the tokens it signs. */
    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** How often the key set was fetched: a resource server caches it, and fetches it only when first needed. */
    public int keySetRequests() {
        return keyRequests.get();
    }

    /** A valid token for {@code subject} with these roles, audience {@value #AUDIENCE}, valid for five minutes. */
    public String token(String subject, String... roles) {
        return jwt(subject).roles(roles).sign();
    }

    /** A token to shape: valid unless told otherwise. */
    public Jwt jwt(String subject) {
        return new Jwt(subject);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String discoveryDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", jwkSetUri());
        document.put("authorization_endpoint", issuer + "/oauth2/authorize");
        document.put("token_endpoint", issuer + "/oauth2/token");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return JSONObjectUtils.toJSONString(document);
    }

    private void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** One token being shaped; {@link #sign()} gives its compact serialization. */
    public final class Jwt {
        private final JWTClaimsSet.Builder claims;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private boolean otherKey;
        private boolean tampered;

        private Jwt(String subject) {
            Instant now = Instant.now();
            claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(AUDIENCE)
                    .issueTime(Date.from(now))
                    .notBeforeTime(Date.from(now))
                    .jwtID(UUID.randomUUID().toString());
        }

        public Jwt roles(String... roles) {
            claims.claim("roles", List.of(roles));
            return this;
        }

        public Jwt issuer(String otherIssuer) {
            claims.issuer(otherIssuer);
            return this;
        }

        public Jwt audience(String... audiences) {
            claims.audience(List.of(audiences));
            return this;
        }

        public Jwt claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        /** Expired this long ago (and issued before that). */
        public Jwt expiredAgo(Duration ago) {
            expiresAt = Instant.now().minus(ago);
            Date issued = Date.from(expiresAt.minus(Duration.ofMinutes(5)));
            claims.issueTime(issued).notBeforeTime(issued);
            return this;
        }

        /** Signed with a key the issuer does not publish, under the issuer's key id, as a forger would. */
        public Jwt signedWithAnotherKey() {
            otherKey = true;
            return this;
        }

        /** Signed properly, then its payload changed (here: the subject), so the signature no longer fits. */
        public Jwt tampered() {
            tampered = true;
            return this;
        }

        public String sign() {
            try {
                RSAKey signingKey = otherKey ? newKey(key.getKeyID()) : key;
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(),
                        claims.expirationTime(Date.from(expiresAt)).build());
                jwt.sign(new RSASSASigner(signingKey));
                String compact = jwt.serialize();
                return tampered ? withChangedPayload(compact) : compact;
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
        }

        private String withChangedPayload(String compact) {
            String[] parts = compact.split("\\.");
            try {
                Map<String, Object> payload = JSONObjectUtils.parse(
                        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
                payload.put("sub", payload.get("sub") + "-admin");
                parts[1] = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(JSONObjectUtils.toJSONString(payload).getBytes(StandardCharsets.UTF_8));
                return String.join(".", parts);
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
