package io.ticketflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals of a bearer-token API (RFC 6750) as {@code application/problem+json}, in the shape of the services'
 * own problems: 401 with a {@code WWW-Authenticate: Bearer} challenge ({@code error="invalid_token"} when a token
 * was sent but refused), 403 for a valid token whose roles the path does not admit, and 503 when no token can be
 * checked because the issuer's keys cannot be fetched, which is the platform's outage and not the caller's fault.
 */
final class BearerProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            String reason = error.getDescription() != null ? error.getDescription() : error.getErrorCode();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"" + quoted(error.getErrorCode()) + "\", error_description=\"" + quoted(reason) + "\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "The bearer token was refused: " + reason);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "A bearer token is required (Authorization: Bearer <token>).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(request, response, HttpStatus.FORBIDDEN,
                "None of the caller's roles may " + request.getMethod() + " " + request.getRequestURI() + ".");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The token issuer's keys cannot be fetched, so no token can be checked; try again later.");
            return;
        }
        commence(request, response, failure);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** A header value in quotes: no quote or backslash of the reason may end it early, no control character. */
    private static String quoted(String text) {
        return text.replaceAll("[\\p{Cntrl}\"\\\\]", " ");
    }
}
