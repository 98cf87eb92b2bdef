package io.ticketflow.gateway.limits;

import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per principal in this gateway's memory: {@code burst} requests at once, refilled at
 * {@code ratePerSecond}. Memory stays bounded: a bucket left alone long enough to be full again is forgotten
 * (a new one starts full, so forgetting it changes nothing), and at {@code maxPrincipals} the longest-idle bucket
 * makes room. Several gateway replicas each count on their own; {@link RedisTokenBuckets} shares the count.
 */
public final class InMemoryTokenBuckets implements PrincipalRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerNano;
    private final int burst;
    private final int maxPrincipals;
    private final long refillNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public InMemoryTokenBuckets(double ratePerSecond, int burst, int maxPrincipals, LongSupplier nanoTime) {
        this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxPrincipals = maxPrincipals;
        this.refillNanos = (long) Math.ceil(burst / ratePerNano);
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
    }

    @Override
    public Mono<Decision> tryAcquire(String principal) {
        return Mono.fromSupplier(() -> acquire(principal));
    }

    Decision acquire(String principal) {
        long now = nanoTime.getAsLong();
        if (now - lastSweep > refillNanos) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.get(principal);
        if (bucket == null) {
            makeRoom(now);
            bucket = buckets.computeIfAbsent(principal, p -> new Bucket(burst, now));
        }
        return bucket.take(now);
    }

    /** How many principals are remembered now. */
    int size() {
        return buckets.size();
    }

    private void forgetIdle(long now) {
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.idleSince(now) >= refillNanos);
    }

    private void makeRoom(long now) {
        if (buckets.size() < maxPrincipals) {
            return;
        }
        forgetIdle(now);
        while (buckets.size() >= maxPrincipals) {
            buckets.entrySet().stream()
                    .max(Comparator.comparingLong(entry -> entry.getValue().idleSince(now)))
                    .ifPresent(longestIdle -> buckets.remove(longestIdle.getKey(), longestIdle.getValue()));
        }
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updated) * ratePerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            double secondsToNextToken = (1 - tokens) / ratePerNano / NANOS_PER_SECOND;
            return new Decision(false, Math.max(1, (long) Math.ceil(secondsToNextToken)));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
