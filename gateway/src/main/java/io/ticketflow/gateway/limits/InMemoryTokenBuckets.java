package io.ticketflow.gateway.limits;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per principal in this gateway's memory: {@code burst} requests at once, refilled at
 * {@code ratePerSecond}. Memory stays bounded: a bucket left alone long enough to be full again is forgotten
 * (a new one starts full, so forgetting it changes nothing), and at {@code maxPrincipals} the longest-idle bucket
 * makes room. All its buckets have the same rate and size: {@link InMemoryRateLimiter} keeps one of these per tier.
 */
final class InMemoryTokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerNano;
    private final int burst;
    private final int maxPrincipals;
    private final long refillNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    InMemoryTokenBuckets(double ratePerSecond, int burst, int maxPrincipals, LongSupplier nanoTime) {
        this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxPrincipals = maxPrincipals;
        this.refillNanos = (long) Math.ceil(burst / ratePerNano);
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
    }

    PrincipalRateLimiter.Decision acquire(String principal) {
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

        synchronized PrincipalRateLimiter.Decision take(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updated) * ratePerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return PrincipalRateLimiter.Decision.ALLOWED;
            }
            double secondsToNextToken = (1 - tokens) / ratePerNano / NANOS_PER_SECOND;
            return new PrincipalRateLimiter.Decision(false, Math.max(1, (long) Math.ceil(secondsToNextToken)));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
