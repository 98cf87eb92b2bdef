package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.security.Principal;

/** Admits a principal's request while its bucket has a token; otherwise 429 with {@code Retry-After}. */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final PrincipalRateLimiter limiter;

    RateLimitFilter(PrincipalRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .flatMap(limiter::tryAcquire)
                .defaultIfEmpty(PrincipalRateLimiter.Decision.ALLOWED)
                .flatMap(decision -> {
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                            Long.toString(decision.retryAfterSeconds()));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this caller;"
                            + " retry after " + decision.retryAfterSeconds() + " s.");
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
