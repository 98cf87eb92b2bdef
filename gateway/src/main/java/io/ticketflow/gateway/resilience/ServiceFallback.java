package io.ticketflow.gateway.resilience;

import io.ticketflow.gateway.Problems;
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
 * timed out) or the breaker is open. Security keeps {@code /fallback/**} closed to direct calls.
 */
@RestController
class ServiceFallback {

    private static final Pattern SERVICE = Pattern.compile("^[a-z-]{1,40}$");

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE.matcher(service).matches() ? service : "the service";
        String instance = RequestedPath.of(exchange);
        if (timedOut(exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR))) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
                    name + " did not answer in time; the request may or may not have taken effect.", instance);
        }
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                name + " is not available at the moment; try again later.", instance);
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
