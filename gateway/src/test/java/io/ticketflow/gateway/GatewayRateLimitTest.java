package io.ticketflow.gateway;

import io.ticketflow.gateway.limits.InMemoryRateLimiter;
import io.ticketflow.gateway.limits.PrincipalRateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway whose buckets hold three requests and refill one per 100 s, so the fourth is always over; a system's
 * hold six, an analyst's one, and a client address's without a token three.
 */
@TestPropertySource(properties = {
        "ticketflow.gateway.rate-limit.requests-per-second=0.01",
        "ticketflow.gateway.rate-limit.burst=3",
        "ticketflow.gateway.rate-limit.roles.system.requests-per-second=0.01",
        "ticketflow.gateway.rate-limit.roles.system.burst=6",
        "ticketflow.gateway.rate-limit.roles.analyst.requests-per-second=0.01",
        "ticketflow.gateway.rate-limit.roles.analyst.burst=1",
        "ticketflow.gateway.rate-limit.anonymous.requests-per-second=0.01",
        "ticketflow.gateway.rate-limit.anonymous.burst=3"})
class GatewayRateLimitTest extends GatewayTestSupport {

    @Autowired
    PrincipalRateLimiter limiter;

    @Test
    void the_buckets_are_in_this_gateways_memory_by_default() {
        assertThat(limiter).isInstanceOf(InMemoryRateLimiter.class);
    }

    @Test
    void over_the_limit_a_principal_gets_429_with_retry_after_and_others_are_unaffected() {
        String carol = ISSUER.token("carol", "agent");
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + carol).exchange()
                    .expectStatus().isOk();
        }

        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + carol).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, GatewayRateLimitTest::aboutOneRefill)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        assertThat(service("ticket-service").received()).hasSize(3);
        // another token of the same principal draws from the same bucket
        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("carol", "agent"))
                .exchange().expectStatus().isEqualTo(429);

        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("dave", "agent"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void a_system_has_the_limit_of_its_role_and_keeps_it_with_another_role_besides() {
        assertWithinThenOver(ISSUER.token("intake-bot", "system"), 6, "/api/tickets/1");
        assertWithinThenOver(ISSUER.token("crm-bridge", "system", "agent"), 6, "/api/tickets/1");
    }

    @Test
    void a_listed_role_with_a_lower_limit_holds_alone_but_an_unlisted_role_besides_counts_as_the_default() {
        assertWithinThenOver(ISSUER.token("frank", "analyst"), 1, "/api/reports/volume");
        assertWithinThenOver(ISSUER.token("erin", "analyst", "supervisor"), 3, "/api/reports/volume");
    }

    /**
     * This host is a trusted proxy (the default trusted-proxies), so the client is the last X-Forwarded-For entry
     * that is not one; anything a caller writes to the left of it changes nothing.
     */
    @Test
    void without_a_token_a_client_address_gets_the_small_anonymous_limit_on_the_open_paths() {
        String health = "/actuator/health/liveness";
        for (int i = 0; i < 3; i++) {
            client.get().uri(health).header("X-Forwarded-For", "203.0.113.7").exchange().expectStatus().isOk();
        }

        client.get().uri(health).header("X-Forwarded-For", "203.0.113.7").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, GatewayRateLimitTest::aboutOneRefill)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        client.get().uri(health).header("X-Forwarded-For", "198.51.100.1, 203.0.113.7").exchange()
                .expectStatus().isEqualTo(429);
        client.get().uri(health).header("X-Forwarded-For", "203.0.113.8").exchange().expectStatus().isOk();
        // with a token the principal's limit applies, not the address's
        client.get().uri(health).header("X-Forwarded-For", "203.0.113.7")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("grace", "agent")).exchange()
                .expectStatus().isOk();
    }

    /** {@code allowed} requests pass, the next is 429 and never reaches the service. */
    private void assertWithinThenOver(String token, int allowed, String path) {
        for (int i = 0; i < allowed; i++) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isOk();
        }
        int seen = requestsSeenDownstream();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, GatewayRateLimitTest::aboutOneRefill)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(requestsSeenDownstream()).isEqualTo(seen);
    }

    /** One token per 100 s: the whole seconds to the next, less whatever time the test took on a busy machine. */
    private static void aboutOneRefill(String retryAfter) {
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 100L);
    }
}
