package io.ticketflow.gateway.limits;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * The token buckets in Redis, through Spring Cloud Gateway's {@link RedisRateLimiter} (one atomic Lua script per
 * request), so every gateway replica draws from the same bucket of a principal. When Redis cannot be reached the
 * limiter lets requests through rather than turning a Redis outage into an API outage.
 */
public final class RedisTokenBuckets implements PrincipalRateLimiter {

    /** The key space in Redis: the limiter keys its buckets by a route id and the principal. */
    static final String SCOPE = "ticketflow-gateway";

    private final RedisRateLimiter limiter;
    private final long retryAfterSeconds;

    public RedisTokenBuckets(RedisRateLimiter limiter, double ratePerSecond) {
        this.limiter = limiter;
        this.retryAfterSeconds = Math.max(1, (long) Math.ceil(1 / ratePerSecond));
    }

    @Override
    public Mono<Decision> tryAcquire(String principal) {
        return limiter.isAllowed(SCOPE, principal)
                .map(response -> response.isAllowed() ? Decision.ALLOWED : new Decision(false, retryAfterSeconds));
    }
}
