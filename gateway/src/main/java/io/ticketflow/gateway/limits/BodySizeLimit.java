package io.ticketflow.gateway.limits;

import io.ticketflow.gateway.GatewayProperties;
import io.ticketflow.gateway.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code ticketflow.gateway.max-body-size} (the attachments upload path:
 * {@code max-upload-size}) with 413. A declared {@code Content-Length} is checked before anything is read and the
 * body then streams through; a body without one (chunked) is read up to the limit before it is passed on, so an
 * oversized one is refused without the service seeing any of it, at the cost of holding at most the limit in memory.
 */
@Component
class BodySizeLimit implements GlobalFilter, Ordered {

    private static final PathPattern UPLOAD = PathPatternParser.defaultInstance.parse("/api/tickets/*/attachments");

    private final DataSize maxBody;
    private final DataSize maxUpload;

    BodySizeLimit(GatewayProperties gateway) {
        this.maxBody = gateway.maxBodySize();
        this.maxUpload = gateway.maxUploadSize();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        DataSize limit = UPLOAD.matches(request.getPath().pathWithinApplication()) ? maxUpload : maxBody;
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, limit.toBytes()))
                .map(body -> exchange.mutate().request(withBody(request, body)).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter)
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, limit));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, DataSize limit) {
        // the rest of the body is not read: the connection cannot be reused for another request
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than this path accepts (" + limit.toBytes() + " bytes).");
    }
}
