package io.ticketflow.gateway.resilience;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the caller asked for: by the time a circuit breaker forwards a failed call to
 * {@link ServiceFallback} the request carries the fallback's path, and the problem must name the caller's.
 */
@Component
class RequestedPath implements WebFilter, Ordered {

    static final String ATTRIBUTE = RequestedPath.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, exchange.getRequest().getPath().value());
    }
}
