package io.ticketflow.identity;

import io.ticketflow.identity.users.DemoUser;
import io.ticketflow.identity.users.DemoUsers;
import io.ticketflow.launcher.token.IdentityClient;
import io.ticketflow.launcher.token.IdentitySecrets;
import io.ticketflow.launcher.token.TokenFlowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The issuer as its clients meet it, over HTTP on a real port: the launcher's token client logs the demo users in
 * through the authorization code flow with PKCE, and every token is verified against the published JWK set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IdentityServerIT {
    private static final int PORT = freePort();
    private static final String ISSUER = "http://localhost:" + PORT;
    private static final Path HOME = temporaryHome();
    private static final Path SECRETS = HOME.resolve(IdentitySecrets.FILE_NAME);
    private static final Path SIGNING_KEY = HOME.resolve("signing-key.pem");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final IdentityClient client = new IdentityClient(URI.create(ISSUER));

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("ticketflow.identity.issuer", () -> ISSUER);
        registry.add("ticketflow.identity.home", HOME::toString);
    }

    @Test
    void alice_logs_in_with_pkce_and_gets_a_token_signed_by_the_issuer_with_her_role_and_email() {
        String token = client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI, "alice",
                password("alice"));

        Jwt jwt = verifiedBy(ISSUER, token);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getAudience()).containsExactly("ticketflow");
        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("requester");
        assertThat(jwt.getClaimAsString("email")).isEqualTo("alice@example.com");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ticketflow-cli");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void every_demo_user_is_named_by_username_and_carries_their_roles() {
        for (DemoUser user : DemoUsers.ALL) {
            String token = client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI,
                    user.username(), password(user.username()));

            Jwt jwt = verifiedBy(ISSUER, token);
            assertThat(jwt.getSubject()).as(user.username()).isEqualTo(user.username());
            assertThat(jwt.getClaimAsStringList("roles")).as(user.username()).isEqualTo(user.roleNames());
            assertThat(jwt.getClaimAsString("email")).as(user.username()).isEqualTo(user.username() + "@example.com");
        }
        assertThat(DemoUsers.named("carol").orElseThrow().roleNames()).containsExactly("agent");
        assertThat(DemoUsers.named("erin").orElseThrow().roleNames()).containsExactly("supervisor");
        assertThat(DemoUsers.named("frank").orElseThrow().roleNames()).containsExactly("analyst");
        assertThat(DemoUsers.named("admin").orElseThrow().roleNames()).containsExactly("admin");
    }

    @Test
    void a_token_whose_payload_was_changed_does_not_verify() {
        String token = client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI, "bob",
                password("bob"));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"requester\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(payload).contains("\"admin\"");
        assertThatThrownBy(() -> verifiedBy(ISSUER, tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_wrong_password_gets_no_code() {
        assertThatThrownBy(() -> client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI,
                "alice", "not-" + password("alice")))
                .isInstanceOf(TokenFlowException.class)
                .hasMessageContaining("refused the login of 'alice'");
    }

    @Test
    void the_browser_client_is_sent_back_to_swagger_ui_behind_the_gateway_without_a_consent_page() {
        String token = client.authorizationCode("ticketflow-web",
                URI.create("http://localhost:8080/swagger-ui/oauth2-redirect.html"), "carol", password("carol"));

        Jwt jwt = verifiedBy(ISSUER, token);
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ticketflow-web");
        assertThat(jwt.getAudience()).containsExactly("ticketflow");
        assertThat(jwt.getSubject()).isEqualTo("carol");
    }

    @Test
    void swagger_ui_may_exchange_its_code_from_its_own_origin_and_no_other_origin_may() throws Exception {
        HttpResponse<String> fromSwaggerUi = preflightOfTheTokenEndpoint("http://localhost:8080");
        assertThat(fromSwaggerUi.statusCode()).isEqualTo(200);
        assertThat(fromSwaggerUi.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");

        HttpResponse<String> fromElsewhere = preflightOfTheTokenEndpoint("http://attacker.example");
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflightOfTheTokenEndpoint(String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(client.tokenEndpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_redirect_uri_the_client_did_not_register_gets_no_code() {
        assertThatThrownBy(() -> client.authorizationCode(IdentityClient.CLI_CLIENT,
                URI.create("http://attacker.example/callback"), "alice", password("alice")))
                .isInstanceOf(TokenFlowException.class)
                .hasMessageContaining("400");
    }

    @Test
    void the_system_client_gets_the_system_role_with_its_generated_secret() {
        String token = client.clientCredentials(IdentityClient.SYSTEM_CLIENT, systemSecret());

        Jwt jwt = verifiedBy(ISSUER, token);
        assertThat(jwt.getSubject()).isEqualTo("ticketflow-system");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("system");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ticketflow-system");
        assertThat(jwt.getAudience()).containsExactly("ticketflow");
        assertThat(jwt.hasClaim("email")).isFalse();
    }

    @Test
    void a_wrong_client_secret_is_answered_401() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("ticketflow-system:not-" + systemSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(client.tokenEndpoint())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
        assertThatThrownBy(() -> client.clientCredentials(IdentityClient.SYSTEM_CLIENT, "wrong"))
                .isInstanceOf(TokenFlowException.class).hasMessageContaining("401");
    }

    @Test
    void readiness_answers_without_a_login() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(ISSUER + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void the_secrets_are_readable_by_their_owner_only_and_never_logged(CapturedOutput output) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SECRETS))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SIGNING_KEY))).isEqualTo("rw-------");

        // the start was captured: the log says where the secrets are...
        assertThat(output.getAll()).contains(SECRETS.toString()).contains(SIGNING_KEY.toString());
        // ...and never what they are
        IdentitySecrets secrets = IdentitySecrets.read(SECRETS);
        for (String user : secrets.users()) {
            assertThat(output.getAll()).as("the log").doesNotContain(secrets.password(user).orElseThrow());
        }
        assertThat(output.getAll()).doesNotContain(systemSecret());
        String keyLine = Files.readAllLines(SIGNING_KEY).get(1);
        assertThat(output.getAll()).doesNotContain(keyLine);
        assertThat(output.getAll()).doesNotContain("generated security password");
    }

    @Test
    void a_restart_on_the_same_home_keeps_the_signing_key_and_the_passwords() throws IOException {
        String token = client.authorizationCode(IdentityClient.CLI_CLIENT, IdentityClient.CLI_REDIRECT_URI, "dave",
                password("dave"));
        String secretsBefore = Files.readString(SECRETS);
        int port = freePort();
        String restarted = "http://localhost:" + port;

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IdentityServerApplication.class)
                .run("--server.port=" + port, "--ticketflow.identity.issuer=" + restarted,
                        "--ticketflow.identity.home=" + HOME)) {
            NimbusJwtDecoder restartedKeys = NimbusJwtDecoder.withJwkSetUri(restarted + "/oauth2/jwks").build();
            restartedKeys.setJwtValidator(new JwtTimestampValidator());
            assertThat(restartedKeys.decode(token).getSubject()).isEqualTo("dave");

            String again = new IdentityClient(URI.create(restarted)).authorizationCode(IdentityClient.CLI_CLIENT,
                    IdentityClient.CLI_REDIRECT_URI, "dave", password("dave"));
            assertThat(verifiedBy(restarted, again).getSubject()).isEqualTo("dave");
        }
        assertThat(Files.readString(SECRETS)).isEqualTo(secretsBefore);
    }

    /** Signature against the issuer's JWK set, issuer, and time; the claims are the caller's to check. */
    private static Jwt verifiedBy(String issuer, String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder.decode(token);
    }

    private static String password(String user) {
        return secrets().password(user).orElseThrow(() -> new AssertionError("no password for " + user));
    }

    private static String systemSecret() {
        return secrets().clientSecret(IdentityClient.SYSTEM_CLIENT).orElseThrow();
    }

    /** Read as ./ticketflow token reads it: the file is the contract between the issuer and the launcher. */
    private static IdentitySecrets secrets() {
        try {
            return IdentitySecrets.read(SECRETS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryHome() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "identity-home-").resolve("identity").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
