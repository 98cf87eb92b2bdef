package io.ticketflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * What the gateway allows one caller: request body sizes, request rates and the browser origins it answers.
 *
 * @param maxBodySize   the largest request body, except uploads
 * @param maxUploadSize the largest body on the attachments upload path, {@code /api/tickets/{id}/attachments}
 * @param rateLimit     requests per principal (the token's {@code sub})
 * @param cors          cross-origin access; none unless origins are configured
 * @param apiDocs       Swagger UI over the services' OpenAPI documents
 */
@ConfigurationProperties("ticketflow.gateway")
public record GatewayProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Cors cors,
        @DefaultValue ApiDocs apiDocs) {

    /**
     * A token bucket per principal.
     *
     * @param requestsPerSecond how fast the bucket refills
     * @param burst             how many requests the bucket holds (and a new principal starts with)
     * @param redis             share the buckets between gateway replicas through Redis ({@code spring.data.redis.*})
     * @param maxPrincipals     how many principals' buckets the in-memory limiter keeps at most
     */
    public record RateLimit(
            @DefaultValue("50") double requestsPerSecond,
            @DefaultValue("100") int burst,
            @DefaultValue("false") boolean redis,
            @DefaultValue("100000") int maxPrincipals) {

        public RateLimit {
            if (requestsPerSecond <= 0 || burst < 1 || maxPrincipals < 1) {
                throw new IllegalArgumentException("ticketflow.gateway.rate-limit: requests-per-second must be above 0,"
                        + " burst and max-principals at least 1");
            }
        }

        /** After this long unused a bucket is full again: forgetting it then loses nothing. */
        public Duration refillTime() {
            return Duration.ofMillis((long) Math.ceil(burst * 1000 / requestsPerSecond));
        }
    }

    /**
     * @param allowedOrigins origins (scheme, host and port, e.g. {@code https://support.example.com}) whose pages may
     *                       call the API; empty refuses every cross-origin request
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param enabled serve Swagger UI ({@code /swagger-ui.html}) and each service's document
     *                ({@code /v3/api-docs/<route id>}) without a token; when off, those paths are unknown like any other
     */
    public record ApiDocs(@DefaultValue("true") boolean enabled) {
    }
}
