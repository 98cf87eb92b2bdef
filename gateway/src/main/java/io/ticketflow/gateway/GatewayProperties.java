package io.ticketflow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
     * @param requestsPerSecond how fast the bucket refills, for a principal none of whose roles is listed in
     *                          {@code roles}
     * @param burst             how many requests the bucket holds (and a new principal starts with)
     * @param redis             share the buckets between gateway replicas through Redis ({@code spring.data.redis.*})
     * @param maxPrincipals     how many principals' buckets the in-memory limiter keeps at most (per limit)
     * @param roles             other limits by role (the {@code roles} claim), e.g. internal systems ({@code system})
     *                          that submit far more than a person; a principal gets the most generous limit of its
     *                          roles, an unlisted role counting as the default
     * @param anonymous         requests without a token (health, the API documentation), per client address
     */
    public record RateLimit(
            @DefaultValue("50") double requestsPerSecond,
            @DefaultValue("100") int burst,
            @DefaultValue("false") boolean redis,
            @DefaultValue("100000") int maxPrincipals,
            @DefaultValue Map<String, RoleLimit> roles,
            @DefaultValue AnonymousLimit anonymous) {

        public RateLimit {
            if (requestsPerSecond <= 0 || burst < 1 || maxPrincipals < 1) {
                throw new IllegalArgumentException("ticketflow.gateway.rate-limit: requests-per-second must be above 0,"
                        + " burst and max-principals at least 1");
            }
            roles = roles == null ? Map.of() : Map.copyOf(roles);
            anonymous = anonymous == null ? new AnonymousLimit(20, 40) : anonymous;
        }

        /** After this long unused a bucket is full again: forgetting it then loses nothing. */
        public Duration refillTime() {
            return Duration.ofMillis((long) Math.ceil(burst * 1000 / requestsPerSecond));
        }
    }

    /**
     * The limit of one role, {@code ticketflow.gateway.rate-limit.roles.<role>.*}.
     *
     * @param requestsPerSecond how fast a bucket of a principal with this role refills
     * @param burst             how many requests such a bucket holds
     */
    public record RoleLimit(double requestsPerSecond, int burst) {

        public RoleLimit {
            if (requestsPerSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("ticketflow.gateway.rate-limit.roles: requests-per-second must be"
                        + " above 0 and burst at least 1 for every role listed");
            }
        }
    }

    /**
     * The limit of requests without a token, {@code ticketflow.gateway.rate-limit.anonymous.*}: a bucket per client
     * address, small, since what answers without a token (health, the API documentation) is never a workload.
     *
     * @param requestsPerSecond how fast a client address's bucket refills
     * @param burst             how many requests such a bucket holds
     */
    public record AnonymousLimit(@DefaultValue("20") double requestsPerSecond, @DefaultValue("40") int burst) {

        public AnonymousLimit {
            if (requestsPerSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("ticketflow.gateway.rate-limit.anonymous: requests-per-second must"
                        + " be above 0 and burst at least 1");
            }
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
     *                ({@code /v3/api-docs/<route id>}) without a token; off by default (nothing but health answers
     *                without a token), on under {@code ./ticketflow up} and docker-compose; when off, those paths
     *                are unknown like any other
     */
    public record ApiDocs(@DefaultValue("false") boolean enabled) {
    }
}
