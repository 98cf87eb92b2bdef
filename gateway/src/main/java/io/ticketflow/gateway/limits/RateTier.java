package io.ticketflow.gateway.limits;

/**
 * One rate limit and the name its buckets are kept under: {@value #DEFAULT} for principals without a listed role,
 * otherwise the role it was configured for. A principal always falls in the same tier while its roles stay the same,
 * so its requests always draw from the same bucket.
 *
 * @param name              {@value #DEFAULT}, {@value #ANONYMOUS} or a role
 * @param requestsPerSecond how fast a bucket refills
 * @param burst             how many requests a bucket holds
 */
public record RateTier(String name, double requestsPerSecond, int burst) {

    public static final String DEFAULT = "default";

    /** The tier of requests without a token, whose buckets are kept per client address. */
    public static final String ANONYMOUS = "anonymous";

    /** Whole seconds until one more token is in an empty bucket, at least 1. */
    long secondsPerToken() {
        return Math.max(1, (long) Math.ceil(1 / requestsPerSecond));
    }

    /** Whether a principal here may send more than in {@code other}: the faster refill, then the larger burst. */
    boolean moreGenerousThan(RateTier other) {
        return requestsPerSecond != other.requestsPerSecond ? requestsPerSecond > other.requestsPerSecond
                : burst > other.burst;
    }
}
