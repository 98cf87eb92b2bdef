package io.ticketflow.gateway.limits;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The token buckets in Redis, through Spring Cloud Gateway's {@link RedisRateLimiter} (one atomic Lua script per
 * request), so every gateway replica draws from the same bucket of a principal. Each tier is a configuration of the
 * limiter of its own (the limiter looks its rate and burst up by the "route id" it is asked with), and the bucket's key
 * carries the tier, so a principal's bucket always has its tier's size. When Redis cannot be reached the limiter lets
 * requests through rather than turning a Redis outage into an API outage.
 */
public final class RedisTokenBuckets implements PrincipalRateLimiter {

    /** The key space in Redis: the limiter keys its buckets by a route id and the principal. */
    static final String SCOPE = "ticketflow-gateway";

    private final RedisRateLimiter limiter;

    public RedisTokenBuckets(RedisRateLimiter limiter, List<RateTier> tiers) {
        this.limiter = limiter;
        for (RateTier tier : tiers) {
            limiter.getConfig().put(configuration(tier), new RedisRateLimiter.Config()
                    .setReplenishRate(wholeRate(tier)).setBurstCapacity(tier.burst()).setRequestedTokens(1));
        }
    }

    @Override
    public Mono<Decision> tryAcquire(String principal, RateTier tier) {
        return limiter.isAllowed(configuration(tier), tier.name() + ":" + principal)
                .map(response -> response.isAllowed() ? Decision.ALLOWED
                        : new Decision(false, tier.secondsPerToken()));
    }

    /** The name the limiter keeps this tier's rate and burst under. */
    static String configuration(RateTier tier) {
        return SCOPE + ":" + tier.name();
    }

    /** Spring Cloud Gateway's Redis limiter counts whole tokens per second. */
    static int wholeRate(RateTier tier) {
        if (tier.requestsPerSecond() < 1 || tier.requestsPerSecond() != Math.rint(tier.requestsPerSecond())) {
            throw new IllegalStateException("ticketflow.gateway.rate-limit: requests-per-second of " + tier.name()
                    + " must be a whole number of at least 1 with redis=true (Spring Cloud Gateway's Redis limiter"
                    + " counts whole tokens)");
        }
        return (int) tier.requestsPerSecond();
    }
}
