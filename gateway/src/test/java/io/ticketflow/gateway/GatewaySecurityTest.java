package io.ticketflow.gateway;

import io.ticketflow.gateway.security.RouteAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The gateway's door: real tokens from a real issuer, real HTTP in and out. Every refusal is asserted together
 * with its consequence downstream: the service saw nothing. With the API documentation on, as locally, to check what
 * of it answers without a token.
 */
@TestPropertySource(properties = GatewayTestSupport.API_DOCS_ON)
class GatewaySecurityTest extends GatewayTestSupport {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final Set<RouteAccess.Rule> RULES_EXERCISED = new HashSet<>();

    @Value("${local.management.port}")
    int managementPort;

    static Stream<Arguments> refused_tokens() {
        return Stream.of(
                arguments("no token", null),
                arguments("expired", ISSUER.jwt("carol").roles("agent").expiredAgo(Duration.ofMinutes(5)).sign()),
                arguments("another issuer", ISSUER.jwt("carol").roles("agent").issuer("https://elsewhere.example").sign()),
                arguments("another audience", ISSUER.jwt("carol").roles("agent").audience("billing").sign()),
                arguments("tampered", ISSUER.jwt("carol").roles("agent").tampered().sign()),
                arguments("signed with another key", ISSUER.jwt("carol").roles("admin").signedWithAnotherKey().sign()),
                arguments("an email address as subject", ISSUER.token("carol@example.com", "agent")),
                arguments("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused_tokens(String what, String token) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/tickets/1");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer"))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.detail").isNotEmpty();
        assertThat(requestsSeenDownstream()).isZero();
    }

    /**
     * Each row of {@link RouteAccess}: a role it admits and one it does not. {@code actor} is what the service is
     * told (with {@code %s} for the subject), empty for a role that acts as no one.
     */
    static Stream<Arguments> roles_per_route() {
        return Stream.of(
                allowed("POST", "/api/reports/admin/rebuilds", "admin", "reporting-service", "agent:%s"),
                denied("POST", "/api/reports/admin/rebuilds", "supervisor"),
                denied("POST", "/api/reports/admin/rebuilds", "analyst"),
                allowed("GET", "/api/reports/tickets", "analyst", "reporting-service", ""),
                allowed("GET", "/api/reports/admin/rebuilds", "analyst", "reporting-service", ""),
                allowed("GET", "/api/reports/agents", "supervisor", "reporting-service", "agent:%s"),
                denied("GET", "/api/reports/tickets", "agent"),
                denied("GET", "/api/reports/tickets", "requester"),
                allowed("POST", "/api/tickets", "requester", "ticket-service", "customer:%s"),
                allowed("GET", "/api/tickets/42", "requester", "ticket-service", "customer:%s"),
                allowed("POST", "/api/tickets/42/assign", "agent", "ticket-service", "agent:%s"),
                allowed("POST", "/api/tickets", "system", "ticket-service", "system:%s"),
                allowed("GET", "/api/tickets", "supervisor", "ticket-service", "agent:%s"),
                denied("GET", "/api/tickets/42", "analyst"),
                allowed("GET", "/api/agents/carol", "agent", "routing-service", "agent:%s"),
                allowed("GET", "/api/teams", "supervisor", "routing-service", "agent:%s"),
                allowed("HEAD", "/api/routing/rules", "admin", "routing-service", "agent:%s"),
                denied("GET", "/api/routing/rules", "requester"),
                denied("GET", "/api/teams", "analyst"),
                denied("GET", "/api/agents", "system"),
                allowed("PUT", "/api/agents/carol/availability", "supervisor", "routing-service", "agent:%s"),
                allowed("POST", "/api/teams", "admin", "routing-service", "agent:%s"),
                allowed("DELETE", "/api/routing/rules/7", "supervisor", "routing-service", "agent:%s"),
                allowed("PUT", "/api/agents/carol/availability", "agent", "routing-service", "agent:%s"),
                denied("PUT", "/api/agents/carol/availability", "analyst"),
                denied("PUT", "/api/agents/carol", "agent"),
                denied("POST", "/api/routing/rules", "agent"),
                allowed("GET", "/api/sla/policies", "analyst", "sla-service", ""),
                allowed("GET", "/api/sla/tickets/42", "agent", "sla-service", "agent:%s"),
                denied("GET", "/api/sla/policies", "requester"),
                allowed("PUT", "/api/sla/policies/gold", "supervisor", "sla-service", "agent:%s"),
                allowed("POST", "/api/sla/calendars", "admin", "sla-service", "agent:%s"),
                denied("POST", "/api/sla/policies", "analyst"),
                denied("POST", "/api/sla/policies", "agent"),
                allowed("POST", "/api/webhooks", "supervisor", "notification-service", "agent:%s"),
                allowed("GET", "/api/webhooks", "admin", "notification-service", "agent:%s"),
                denied("GET", "/api/webhooks", "agent"),
                denied("GET", "/api/webhooks", "analyst"),
                allowed("PUT", "/api/notifications/preferences/alice", "requester", "notification-service", "customer:%s"),
                allowed("GET", "/api/notifications/preferences/frank", "analyst", "notification-service", ""),
                allowed("GET", "/api/notifications/deliveries", "agent", "notification-service", "agent:%s"),
                denied("GET", "/api/notifications/deliveries", "requester"),
                denied("GET", "/api/notifications/deliveries", "analyst"),
                denied("POST", "/api/tickets", (String) null));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource
    void roles_per_route(String method, String path, String role, String outcome, String service, String actor) {
        rememberRuleOf(method, path);
        String subject = "user-" + USERS.incrementAndGet();
        String token = role == null ? ISSUER.token(subject) : ISSUER.token(subject, role);
        WebTestClient.ResponseSpec response = client.method(HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                // what a caller might claim: it must never reach a service
                .header("X-Ticketflow-Actor", "agent:mallory")
                .header("X-Ticketflow-Roles", "admin")
                .header("X-Ticketflow-Tenant", "someone-else")
                .exchange();

        if (outcome.equals("denied")) {
            response.expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);
            assertThat(requestsSeenDownstream()).isZero();
            return;
        }
        response.expectStatus().isOk();
        Downstream.Received received = service(service).last();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.headers().get("X-Ticketflow-Actor"))
                .isEqualTo(actor.isEmpty() ? null : List.of(actor.formatted(subject)));
        assertThat(received.headers().get("X-Ticketflow-Roles")).containsExactly(role);
        assertThat(received.headers().get("X-Ticketflow-Tenant")).isNull();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @AfterAll
    static void every_row_of_the_table_was_exercised() {
        assertThat(RULES_EXERCISED).containsExactlyInAnyOrderElementsOf(RouteAccess.RULES);
    }

    @Test
    void a_user_with_several_roles_acts_as_staff_and_the_service_hears_every_role() {
        String token = ISSUER.token("erin", "requester", "supervisor");
        client.get().uri("/api/teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();

        Downstream.Received received = service("routing-service").last();
        assertThat(received.header("X-Ticketflow-Actor")).isEqualTo("agent:erin");
        assertThat(received.header("X-Ticketflow-Roles")).isEqualTo("requester,supervisor");
    }

    @Test
    void health_answers_without_a_token() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void other_actuator_endpoints_are_not_on_the_gateways_port() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator")) {
            client.get().uri(path).exchange().expectStatus().isUnauthorized();
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).exchange()
                    .expectStatus().isNotFound();
        }
        // where they are: the management port, which is not published
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk();
    }

    /** {@link RouteAccess#API_DOCS}: Swagger UI and the services' documents, read only, and nothing next to them. */
    @Test
    void only_the_documentation_answers_without_a_token_besides_health() {
        for (String open : List.of("/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs/tickets",
                "/v3/api-docs/swagger-config")) {
            client.get().uri(open).exchange().expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        }
        for (String closed : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/tickets/extra",
                "/swagger-ui-other.html", "/webjars/swagger-ui/index.html", "/api/tickets/swagger-ui.html", "/", "/swagger")) {
            client.get().uri(closed).exchange().expectStatus().isUnauthorized();
        }
        client.post().uri("/v3/api-docs/tickets").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/swagger-ui/index.html").exchange().expectStatus().isUnauthorized();
        // the gateway's own document describes only its internals: no one gets it
        client.get().uri("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).exchange()
                .expectStatus().isForbidden();
        assertThat(requestsSeenDownstream()).isEqualTo(1);
    }

    @Test
    void the_circuit_breakers_fallback_cannot_be_called_directly() {
        client.get().uri("/fallback/ticket-service").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void a_preflight_from_an_unknown_origin_is_refused() {
        client.options().uri("/api/tickets")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.get().uri("/api/tickets/1").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .exchange()
                .expectStatus().isForbidden();
        assertThat(requestsSeenDownstream()).isZero();
    }

    @Test
    void a_preflight_from_a_configured_origin_is_answered() {
        client.options().uri("/api/tickets")
                .header(HttpHeaders.ORIGIN, "https://support.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://support.example.com");
        assertThat(requestsSeenDownstream()).isZero();
    }

    private static void rememberRuleOf(String method, String path) {
        RouteAccess.RULES.stream()
                .filter(rule -> rule.covers(HttpMethod.valueOf(method), PathContainer.parsePath(path)))
                .findFirst()
                .ifPresent(RULES_EXERCISED::add);
    }

    private static Arguments allowed(String method, String path, String role, String service, String actor) {
        return arguments(method, path, role, "allowed", service, actor);
    }

    private static Arguments denied(String method, String path, String role) {
        return arguments(method, path, role, "denied", null, null);
    }
}
