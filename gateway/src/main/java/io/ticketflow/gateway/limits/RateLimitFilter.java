package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.List;

/**
 * Admits a principal's request while its bucket has a token; otherwise 429 with {@code Retry-After}. The bucket is
 * the one of the principal's tier, chosen from its roles by {@link RoleRateLimits}.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final String ROLE_PREFIX = "ROLE_";

    private final PrincipalRateLimiter limiter;
    private final RoleRateLimits limits;

    RateLimitFilter(PrincipalRateLimiter limiter, RoleRateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .flatMap(principal -> limiter.tryAcquire(principal.getName(), limits.forRoles(roles(principal))))
                .defaultIfEmpty(PrincipalRateLimiter.Decision.ALLOWED)
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange)
                        : tooManyRequests(exchange, decision, "this caller"));
    }

    /** 429 with {@code Retry-After}, as problem+json. */
    static Mono<Void> tooManyRequests(ServerWebExchange exchange, PrincipalRateLimiter.Decision decision, String from) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from " + from + ";"
                + " retry after " + decision.retryAfterSeconds() + " s.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** The token's {@code roles} claim, which security turned into {@code ROLE_<role>} authorities. */
    private static List<String> roles(Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return List.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).toList();
    }
}
