package io.ticketflow.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes through a real HTTP server standing in for each downstream service: it answers with the service's
 * name and records what it received.
 */
class GatewayRoutingTest extends GatewayTestSupport {

    private static final Pattern TRACEPARENT =
            Pattern.compile("00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-([0-9a-f]{2})");

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
    void a_callers_trace_is_continued_to_the_service_under_a_span_of_the_gateway() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callersSpan = "00f067aa0ba902b7";
        client.get().uri("/api/tickets/1").headers(h -> h.setBearerAuth(adminToken()))
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01").exchange()
                .expectStatus().isOk();

        Matcher passed = traceparent(service("ticket-service").last().header("traceparent"));
        assertThat(passed.group(1)).isEqualTo(traceId);
        assertThat(passed.group(2)).isNotEqualTo(callersSpan);
        assertThat(passed.group(3)).isEqualTo("01"); // the caller's sampling decision holds
    }

    @Test
    void a_request_without_a_trace_starts_one() {
        client.get().uri("/api/tickets/1").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isOk();
        String first = traceparent(service("ticket-service").last().header("traceparent")).group(1);

        client.get().uri("/api/tickets/2").headers(h -> h.setBearerAuth(adminToken())).exchange()
                .expectStatus().isOk();
        String second = traceparent(service("ticket-service").last().header("traceparent")).group(1);

        assertThat(second).isNotEqualTo(first);
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

    /** A valid version-00 traceparent, its trace id, span id and flags as groups 1 to 3. */
    private static Matcher traceparent(String header) {
        assertThat(header).isNotNull();
        Matcher matcher = TRACEPARENT.matcher(header);
        assertThat(matcher.matches()).as("a W3C traceparent: %s", header).isTrue();
        return matcher;
    }

    private String body(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(adminToken())).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
