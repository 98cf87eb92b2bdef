package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.GatewayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-memory buckets by default; Redis-backed ones with {@code ticketflow.gateway.rate-limit.redis=true}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final String REDIS = "ticketflow.gateway.rate-limit.redis";

    @Bean
    RoleRateLimits roleRateLimits(GatewayProperties gateway) {
        return new RoleRateLimits(gateway.rateLimit());
    }

    @Bean
    @ConditionalOnProperty(name = REDIS, havingValue = "false", matchIfMissing = true)
    PrincipalRateLimiter inMemoryRateLimiter(RoleRateLimits limits, GatewayProperties gateway) {
        return new InMemoryRateLimiter(limits.tiers(), gateway.rateLimit().maxPrincipals(), System::nanoTime);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = REDIS, havingValue = "true")
    static class Redis {

        /**
         * A bean, so the limiter finds Redis and its script in the context (it is ApplicationContextAware). Its own
         * default is the default tier; {@link RedisTokenBuckets} gives it every tier by name.
         */
        @Bean
        RedisRateLimiter ticketflowRedisRateLimiter(RoleRateLimits limits) {
            RateTier fallback = limits.tiers().get(0);
            RedisRateLimiter limiter = new RedisRateLimiter(RedisTokenBuckets.wholeRate(fallback), fallback.burst());
            // the 429 carries Retry-After; the limiter's own X-RateLimit-* headers are not passed on
            limiter.setIncludeHeaders(false);
            return limiter;
        }

        @Bean
        PrincipalRateLimiter redisTokenBuckets(RedisRateLimiter limiter, RoleRateLimits limits) {
            return new RedisTokenBuckets(limiter, limits.tiers());
        }
    }
}
