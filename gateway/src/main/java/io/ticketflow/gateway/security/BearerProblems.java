package io.ticketflow.gateway.security;

import io.ticketflow.gateway.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The two refusals of a bearer-token API (RFC 6750) with a problem+json body: 401 and a {@code WWW-Authenticate:
 * Bearer} challenge (with {@code error="invalid_token"} when a token was sent but refused), 403 for a valid token
 * whose roles the route does not admit.
 */
final class BearerProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refused) {
        if (refused instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            String reason = error.getDescription() != null ? error.getDescription() : error.getErrorCode();
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"" + quoted(error.getErrorCode()) + "\", error_description=\"" + quoted(reason) + "\"");
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "The bearer token was refused: " + reason);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                "A bearer token is required (Authorization: Bearer <token>).");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "None of the caller's roles may "
                + exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value() + ".");
    }

    /** A header value in quotes: no quote or backslash of the reason may end it early, no control character. */
    private static String quoted(String text) {
        return text.replaceAll("[\\p{Cntrl}\"\\\\]", " ");
    }
}
