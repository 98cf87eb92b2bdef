package io.ticketflow.gateway.limits;

import reactor.core.publisher.Mono;

/** Whether a principal may make one more request now, within the limit of its tier. */
public interface PrincipalRateLimiter {

    Mono<Decision> tryAcquire(String principal, RateTier tier);

    /**
     * @param retryAfterSeconds when refused, whole seconds until a request would be admitted again (at least 1)
     */
    record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }
}
