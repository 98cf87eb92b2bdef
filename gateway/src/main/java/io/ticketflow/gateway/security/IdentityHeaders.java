package io.ticketflow.gateway.security;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the services who calls, until each validates tokens itself: {@code X-Ticketflow-Actor} (the
 * {@code <customer|agent|system>:<id>} the services record as the actor of a command) and
 * {@code X-Ticketflow-Roles}, both derived from the verified token. Every {@code X-Ticketflow-*} header the caller
 * sent is dropped first, because a header a client can write is a header a client can forge. The
 * {@code Authorization} header goes on unchanged, so a service can check the token itself.
 */
@Component
public class IdentityHeaders implements GlobalFilter, Ordered {

    public static final String ACTOR = "X-Ticketflow-Actor";
    public static final String ROLES = "X-Ticketflow-Roles";
    private static final String RESERVED_PREFIX = "x-ticketflow-";
    // a role the header passes on is a plain word: nothing that could split the comma list or the header
    private static final Pattern ROLE = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> {
                    ServerHttpRequest request = exchange.getRequest().mutate()
                            .headers(headers -> replace(headers, token)).build();
                    return chain.filter(exchange.mutate().request(request).build());
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    private static void replace(HttpHeaders headers, Optional<JwtAuthenticationToken> token) {
        headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX))
                .toList()
                .forEach(headers::remove);
        token.ifPresent(caller -> {
            List<String> claimed = caller.getToken().getClaimAsStringList("roles");
            List<String> roles = claimed == null ? List.of()
                    : claimed.stream().filter(role -> ROLE.matcher(role).matches()).toList();
            actor(caller.getName(), roles).ifPresent(actor -> headers.set(ACTOR, actor));
            headers.set(ROLES, String.join(",", roles));
        });
    }

    /**
     * Staff act as agents whatever else they hold, internal systems as systems, requesters as customers; an analyst
     * only reads and acts as no one.
     */
    static Optional<String> actor(String subject, List<String> roles) {
        if (roles.contains(RouteAccess.AGENT) || roles.contains(RouteAccess.SUPERVISOR) || roles.contains(RouteAccess.ADMIN)) {
            return Optional.of("agent:" + subject);
        }
        if (roles.contains(RouteAccess.SYSTEM)) {
            return Optional.of("system:" + subject);
        }
        if (roles.contains(RouteAccess.REQUESTER)) {
            return Optional.of("customer:" + subject);
        }
        return Optional.empty();
    }
}
