package io.ticketflow.gateway;

import io.ticketflow.gateway.limits.InMemoryTokenBuckets;
import io.ticketflow.gateway.limits.PrincipalRateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A gateway whose buckets hold three requests and refill one per 100 s, so the fourth is always over. */
@TestPropertySource(properties = {
        "ticketflow.gateway.rate-limit.requests-per-second=0.01",
        "ticketflow.gateway.rate-limit.burst=3"})
class GatewayRateLimitTest extends GatewayTestSupport {

    @Autowired
    PrincipalRateLimiter limiter;

    @Test
    void the_buckets_are_in_this_gateways_memory_by_default() {
        assertThat(limiter).isInstanceOf(InMemoryTokenBuckets.class);
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
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "100")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        assertThat(service("ticket-service").received()).hasSize(3);
        // another token of the same principal draws from the same bucket
        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("carol", "agent"))
                .exchange().expectStatus().isEqualTo(429);

        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.token("dave", "agent"))
                .exchange().expectStatus().isOk();
    }
}
