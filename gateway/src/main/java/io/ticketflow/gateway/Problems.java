package io.ticketflow.gateway;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's own refusals (401, 403, 413, 429, 503, ...) as {@code application/problem+json} (RFC 9457), the
 * shape the services answer in, so a client reads one error format whoever refused. Written straight to the
 * response because most refusals happen in filters, before any controller and its message writers.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** Writes the problem unless the response is already on its way (then there is nothing left to say). */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return write(exchange, status, detail, exchange.getRequest().getPath().value());
    }

    /** @param instance the path the caller asked for, when the exchange has been forwarded elsewhere since */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail, String instance) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsBytes(body(status, detail, instance)));
        return response.writeWith(Mono.just(body));
    }

    private static Map<String, Object> body(HttpStatus status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }
}
