package io.ticketflow.gateway.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits what answers without a token (the probes, the API documentation when it is on) per client address
 * ({@link ClientAddress}), with the small {@code rate-limit.anonymous} limit, so those paths cannot be used to flood
 * the gateway or, through the documents' routes, the services. A web filter after security rather than a gateway
 * filter: the probes and Swagger UI are not gateway routes. Requests with a principal are
 * {@link RateLimitFilter}'s.
 */
@Component
class AnonymousRateLimitFilter implements WebFilter, Ordered {

    private static final int SECURITY_FILTER_CHAIN_ORDER = -100;

    private final PrincipalRateLimiter limiter;
    private final RoleRateLimits limits;
    private final ClientAddress clientAddress;

    AnonymousRateLimitFilter(PrincipalRateLimiter limiter, RoleRateLimits limits,
            @Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
        this.limiter = limiter;
        this.limits = limits;
        this.clientAddress = new ClientAddress(trustedProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(principal -> PrincipalRateLimiter.Decision.ALLOWED)
                .switchIfEmpty(Mono.defer(() -> limiter.tryAcquire(
                        "address:" + clientAddress.of(exchange.getRequest()), limits.anonymous())))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange)
                        : RateLimitFilter.tooManyRequests(exchange, decision, "this address without a token"));
    }

    /**
     * After Spring Security's filter chain (its WebFilterChainProxy is ordered -100, a constant of a package-private
     * class), whose exchange carries the principal when there is one.
     */
    @Override
    public int getOrder() {
        return SECURITY_FILTER_CHAIN_ORDER + 1;
    }
}
