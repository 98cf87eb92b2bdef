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

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses request bodies over {@code ticketflow.gateway.max-body-size} (the attachments upload path:
 * {@code max-upload-size}) with 413. A declared {@code Content-Length} is checked before anything is passed on and
 * a body within the limit then streams through; a body without one (chunked) is read up to the limit before it is passed on, so an
 * oversized one is refused without the service seeing any of it, at the cost of holding up to the limit in memory.
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
        if (declared > 2 * limit.toBytes()) {
            // not worth reading to the end: the connection cannot be reused for another request then
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return tooLarge(exchange, limit);
        }
        if (declared > limit.toBytes()) {
            // read to the end, dropped, so that the caller, still sending, gets to read the answer
            return request.getBody().doOnNext(DataBufferUtils::release).then(tooLarge(exchange, limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return request.getBody()
                .reduce(new StreamedBody(limit.toBytes()), StreamedBody::add)
                .flatMap(body -> {
                    if (body.tooLarge()) {
                        return tooLarge(exchange, limit);
                    }
                    if (body.kept.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    return DataBufferUtils.join(Flux.fromIterable(body.kept))
                            .flatMap(whole -> chain.filter(exchange.mutate().request(withBody(request, whole)).build()));
                })
                .onErrorResume(DataBufferLimitException.class, e -> {
                    // the rest of the body is not read: the connection cannot be reused for another request
                    exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                    return tooLarge(exchange, limit);
                });
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
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than this path accepts (" + limit.toBytes() + " bytes).");
    }

    /**
     * A streamed body read up to the limit. Past it, what arrives is counted and dropped until the body ends, so
     * the caller, still sending, gets to read the 413 instead of a closed connection; a body that goes on past twice
     * the limit is cut off there.
     */
    private static final class StreamedBody {
        private final long limit;
        private final List<DataBuffer> kept = new ArrayList<>();
        private long bytes;

        StreamedBody(long limit) {
            this.limit = limit;
        }

        StreamedBody add(DataBuffer buffer) {
            bytes += buffer.readableByteCount();
            if (bytes <= limit) {
                kept.add(buffer);
                return this;
            }
            DataBufferUtils.release(buffer);
            kept.forEach(DataBufferUtils::release);
            kept.clear();
            if (bytes > 2 * limit) {
                throw new DataBufferLimitException("request body over twice the limit of " + limit + " bytes");
            }
            return this;
        }

        boolean tooLarge() {
            return bytes > limit;
        }
    }
}
