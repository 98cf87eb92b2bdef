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
    @ConditionalOnProperty(name = REDIS, havingValue = "false", matchIfMissing = true)
    PrincipalRateLimiter inMemoryTokenBuckets(GatewayProperties gateway) {
        GatewayProperties.RateLimit limit = gateway.rateLimit();
        return new InMemoryTokenBuckets(limit.requestsPerSecond(), limit.burst(), limit.maxPrincipals(), System::nanoTime);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = REDIS, havingValue = "true")
    static class Redis {

        /** A bean, so the limiter finds Redis and its script in the context (it is ApplicationContextAware). */
        @Bean
        RedisRateLimiter ticketflowRedisRateLimiter(GatewayProperties gateway) {
            GatewayProperties.RateLimit limit = gateway.rateLimit();
            if (limit.requestsPerSecond() < 1 || limit.requestsPerSecond() != Math.rint(limit.requestsPerSecond())) {
                throw new IllegalStateException("ticketflow.gateway.rate-limit.requests-per-second must be a whole number"
                        + " of at least 1 with redis=true (Spring Cloud Gateway's Redis limiter counts whole tokens)");
            }
            RedisRateLimiter limiter = new RedisRateLimiter((int) limit.requestsPerSecond(), limit.burst());
            // the 429 carries Retry-After; the limiter's own X-RateLimit-* headers are not passed on
            limiter.setIncludeHeaders(false);
            return limiter;
        }

        @Bean
        PrincipalRateLimiter redisTokenBuckets(RedisRateLimiter limiter, GatewayProperties gateway) {
            return new RedisTokenBuckets(limiter, gateway.rateLimit().requestsPerSecond());
        }
    }
}
