package io.ticketflow.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.ticketflow.gateway.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The circuit breakers' fallback ({@code forward:/fallback/<service>}): the call failed (connection refused, reset,
 * timed out) or the breaker is open. Security keeps {@code /fallback/**} closed to direct calls. Why a call failed is
 * logged, since the caller only learns that it did: the service, the exception's class and message (never the
 * request's headers or body, which carry tokens and personal data). A refusal by an open breaker is the same cause
 * again for every call while it lasts, so it is logged at DEBUG only.
 */
@RestController
class ServiceFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceFallback.class);

    private static final Pattern SERVICE = Pattern.compile("^[a-z-]{1,40}$");

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE.matcher(service).matches() ? service : "the service";
        String instance = RequestedPath.of(exchange);
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        logCause(name, failure);
        if (timedOut(failure)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
                    name + " did not answer in time; the request may or may not have taken effect.", instance);
        }
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                name + " is not available at the moment; try again later.", instance);
    }

    private static void logCause(String service, Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            log.debug("A call to {} was not made: its circuit breaker is open", service);
        } else if (failure != null) {
            log.warn("A call to {} failed: {}: {}", service, failure.getClass().getName(), failure.getMessage());
        } else {
            log.warn("A call to {} failed without a recorded cause", service);
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof ResponseStatusException status && status.getStatusCode().value() == 504) {
                return true;
            }
        }
        return false;
    }
}
