package io.ticketflow.gateway;

import io.ticketflow.gateway.limits.PrincipalRateLimiter;
import io.ticketflow.gateway.limits.RedisTokenBuckets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code ticketflow.gateway.rate-limit.redis=true} the buckets live in Redis. Without any Redis: the switch
 * chooses and wires the Redis limiter, one configuration per limit, and the gateway starts (Redis is connected to
 * on the first request, not at startup). Against a real Redis: {@link RedisSharedLimitsTest}; the in-memory default:
 * {@link GatewayRateLimitTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "ticketflow.security.issuer=http://localhost:1",
        "ticketflow.gateway.rate-limit.redis=true",
        "ticketflow.gateway.rate-limit.requests-per-second=20",
        "ticketflow.gateway.rate-limit.burst=40"})
class RedisRateLimitTest {

    @Autowired
    PrincipalRateLimiter limiter;

    @Autowired
    RedisRateLimiter redis;

    @Test
    void the_buckets_are_in_redis_when_configured() {
        assertThat(limiter).isInstanceOf(RedisTokenBuckets.class);
        // the 429 says Retry-After; the limiter's own X-RateLimit-* headers stay inside
        assertThat(redis.isIncludeHeaders()).isFalse();
    }

    @Test
    void each_limit_is_a_configuration_of_the_limiter_of_its_own() {
        // the default from the properties here, the system role's from application.yml
        assertThat(redis.getConfig()).hasEntrySatisfying("ticketflow-gateway:default", config -> {
            assertThat(config.getReplenishRate()).isEqualTo(20);
            assertThat(config.getBurstCapacity()).isEqualTo(40);
        }).hasEntrySatisfying("ticketflow-gateway:system", config -> {
            assertThat(config.getReplenishRate()).isEqualTo(1000);
            assertThat(config.getBurstCapacity()).isEqualTo(2000);
        });
    }
}
