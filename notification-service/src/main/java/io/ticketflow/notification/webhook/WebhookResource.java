package io.ticketflow.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API shows it: never its secret, except a generated one in the answer to its creation.
 *
 * @param health        HEALTHY, or UNHEALTHY once a delivery was given up (no deliveries until a PUT)
 * @param lastFailure   the last failed attempt's status code or error
 */
record WebhookResource(UUID id, String targetUrl, List<String> eventTypes, String description, Subscription.Health health,
        Instant unhealthySince, Instant lastFailureAt, String lastFailure, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookResource of(Subscription subscription) {
        return new WebhookResource(subscription.id(), subscription.targetUrl().toString(), subscription.eventTypes(),
                subscription.description(), subscription.health(), subscription.unhealthySince(),
                subscription.lastFailureAt(), subscription.lastFailure(), subscription.createdAt(),
                subscription.updatedAt(), null);
    }

    WebhookResource withGeneratedSecret(String generated) {
        return new WebhookResource(id, targetUrl, eventTypes, description, health, unhealthySince, lastFailureAt,
                lastFailure, createdAt, updatedAt, generated);
    }

    @Override
    public String toString() {
        return "WebhookResource[" + id + ", eventTypes=" + eventTypes + ", health=" + health + "]";
    }
}
