package io.ticketflow.gateway;

import io.ticketflow.gateway.limits.PrincipalRateLimiter;
import io.ticketflow.gateway.limits.RedisTokenBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared limits for several gateway replicas, against a real Redis ({@link LocalRedis}): a principal's bucket
 * holds three requests and refills one a second (Redis's limiter counts whole tokens), a system's holds six. The
 * requests are sent until one is refused, so a slow machine refilling a token meanwhile changes nothing. That the
 * buckets are in Redis is shown by its keys, and by emptying Redis: the refused principal then passes at once.
 * Skipped, saying why, where no Redis is at hand ({@code apt-get install redis-server}).
 */
@TestPropertySource(properties = {
        "ticketflow.gateway.rate-limit.redis=true",
        "ticketflow.gateway.rate-limit.requests-per-second=1",
        "ticketflow.gateway.rate-limit.burst=3",
        "ticketflow.gateway.rate-limit.roles.system.requests-per-second=1",
        "ticketflow.gateway.rate-limit.roles.system.burst=6"})
class RedisSharedLimitsTest extends GatewayTestSupport {

    private static LocalRedis redis;

    @Autowired
    PrincipalRateLimiter limiter;

    @BeforeAll
    static void redisAtHand() throws IOException {
        redis = LocalRedis.find().orElse(null);
        assumeTrue(redis != null, "no Redis: set TICKETFLOW_TEST_REDIS=host:port or put redis-server on the PATH");
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void redisAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> redis.host());
        registry.add("spring.data.redis.port", () -> redis.port());
    }

    @Test
    void over_the_limit_in_redis_a_principal_gets_429_and_the_bucket_lives_in_redis() throws IOException {
        assertThat(limiter).isInstanceOf(RedisTokenBuckets.class);
        String carol = "Bearer " + ISSUER.token("carol-" + System.nanoTime(), "agent");

        int passed = passedUntilRefused(carol);

        assertThat(passed).isBetween(3, 20);
        assertThat(service("ticket-service").received()).hasSize(passed);
        assertThat(redis.command("DBSIZE")).as("the limiter's keys in Redis").isNotEqualTo(":0");
        assertThat(redis.command("FLUSHALL")).isEqualTo("+OK");
        client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, carol).exchange()
                .expectStatus().isOk();
    }

    @Test
    void a_system_has_its_roles_limit_in_redis_too() {
        String system = "Bearer " + ISSUER.token("intake-bot-" + System.nanoTime(), "system");

        assertThat(passedUntilRefused(system)).isBetween(6, 23);
    }

    /** Sends until the gateway answers 429 (with Retry-After, as problem+json); answers how many passed before. */
    private int passedUntilRefused(String authorization) {
        for (int passed = 0; passed < 40; passed++) {
            var result = client.get().uri("/api/tickets/1").header(HttpHeaders.AUTHORIZATION, authorization)
                    .exchange().returnResult(String.class);
            if (result.getStatus().value() == 429) {
                assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
                assertThat(result.getResponseHeaders().getContentType())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                return passed;
            }
            assertThat(result.getStatus().value()).isEqualTo(200);
        }
        throw new AssertionError("40 requests passed a limit of a handful");
    }
}
