package io.ticketflow.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes through a real HTTP server standing in for each downstream service: it answers with the service's
 * name and records what it received.
 */
class GatewayRoutingTest extends GatewayTestSupport {

    @Test
    void each_path_reaches_the_service_that_owns_it() {
        assertThat(body("/api/tickets")).isEqualTo("ticket-service");
        assertThat(body("/api/tickets/42")).isEqualTo("ticket-service");
        assertThat(body("/api/agents/7")).isEqualTo("routing-service");
        assertThat(body("/api/teams/hardware")).isEqualTo("routing-service");
        assertThat(body("/api/routing/rules")).isEqualTo("routing-service");
        assertThat(body("/api/sla/policies")).isEqualTo("sla-service");
        assertThat(body("/api/webhooks")).isEqualTo("notification-service");
        assertThat(body("/api/notifications/preferences/alice")).isEqualTo("notification-service");
        assertThat(body("/api/reports/tickets/1")).isEqualTo("reporting-service");
    }

    @Test
    void a_caller_correlation_id_is_passed_on_and_echoed() {
        client.get().uri("/api/tickets/1").headers(h -> h.setBearerAuth(adminToken()))
                .header("X-Correlation-Id", "support-call-77").exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Correlation-Id", values -> assertThat(values).containsExactly("support-call-77"));
        assertThat(service("ticket-service").last().header("X-Correlation-Id")).isEqualTo("support-call-77");
    }

    @Test
    void an_unsafe_correlation_id_is_replaced_by_a_fresh_one() {
        String echoed = client.get().uri("/api/tickets/1").headers(h -> h.setBearerAuth(adminToken()))
                .header("X-Correlation-Id", "<script>alert(1)</script>")
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(echoed).matches("[0-9a-f-]{36}");
        assertThat(service("ticket-service").last().header("X-Correlation-Id")).isEqualTo(echoed);
    }

    @Test
    void a_refusal_by_the_gateway_carries_a_correlation_id_too() {
        client.get().uri("/api/tickets/1").header("X-Correlation-Id", "support-call-78").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Correlation-Id", "support-call-78");
    }

    @Test
    void the_services_learn_the_address_the_caller_used() {
        client.get().uri("/api/tickets/1").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isOk();
        assertThat(service("ticket-service").last().header("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(service("ticket-service").last().header("X-Forwarded-Proto")).isEqualTo("http");
    }

    @Test
    void an_unrouted_path_is_not_found() {
        client.get().uri("/api/nothing-here").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void the_gateways_own_not_found_is_a_problem_detail() {
        client.get().uri("/api/nothing-here").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    private String body(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(adminToken())).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
