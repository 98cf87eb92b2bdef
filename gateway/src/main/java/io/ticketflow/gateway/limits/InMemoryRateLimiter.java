package io.ticketflow.gateway.limits;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The buckets in this gateway's memory: one {@link InMemoryTokenBuckets} per tier, since a bucket's refill rate and
 * size are those of its tier. Several gateway replicas each count on their own; {@link RedisTokenBuckets} shares the
 * count.
 */
public final class InMemoryRateLimiter implements PrincipalRateLimiter {

    private final Map<String, InMemoryTokenBuckets> byTier;

    public InMemoryRateLimiter(List<RateTier> tiers, int maxPrincipals, LongSupplier nanoTime) {
        this.byTier = tiers.stream().collect(Collectors.toUnmodifiableMap(RateTier::name, tier ->
                new InMemoryTokenBuckets(tier.requestsPerSecond(), tier.burst(), maxPrincipals, nanoTime)));
    }

    @Override
    public Mono<Decision> tryAcquire(String principal, RateTier tier) {
        return Mono.fromSupplier(() -> buckets(tier).acquire(principal));
    }

    private InMemoryTokenBuckets buckets(RateTier tier) {
        InMemoryTokenBuckets buckets = byTier.get(tier.name());
        if (buckets == null) {
            throw new IllegalArgumentException("No buckets for the rate tier " + tier.name());
        }
        return buckets;
    }
}
