package io.ticketflow.notification.webhook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.notification.delivery.Delivery;
import io.ticketflow.notification.delivery.DeliveryChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;

/**
 * Sends a webhook delivery: a signed JSON POST. Any 2xx is delivered. Every other answer is retried within the
 * retry period, 4xx included: a receiver that answers 401 or 404 is most often being deployed or misconfigured and
 * fixed within hours, and a given-up delivery is lost to it (the common practice of webhook providers).
 * Redirects are not followed (a redirect could lead to an internal address). Refused outright: a target that
 * now resolves to an internal address (its DNS changed since it was subscribed), a deleted or unhealthy
 * subscription.
 */
@Component
class WebhookChannel implements DeliveryChannel {

    static final String EVENT_ID_HEADER = "Ticketflow-Event-Id";
    static final String DELIVERY_ID_HEADER = "Ticketflow-Delivery-Id";
    static final String TIMESTAMP_HEADER = "Ticketflow-Timestamp";
    static final String SIGNATURE_HEADER = "Ticketflow-Signature";
    static final String UNHEALTHY = "subscription unhealthy";
    static final String DELETED = "subscription deleted";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final Subscriptions subscriptions;
    private final TargetPolicy targets;
    private final WebhookProperties settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookChannel(Subscriptions subscriptions, TargetPolicy targets, WebhookProperties settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public Attempt send(Delivery delivery) {
        Optional<UUID> id = subscriptionId(delivery.recipient());
        if (id.isEmpty()) {
            return Attempt.refused("not a webhook subscription");
        }
        Optional<Subscription> found = subscriptions.find(id.get());
        if (found.isEmpty()) {
            return Attempt.refused(DELETED);
        }
        Subscription subscription = found.get();
        if (subscription.health() == Subscription.Health.UNHEALTHY) {
            return Attempt.refused(UNHEALTHY);
        }
        Attempt attempt = post(subscription, delivery);
        if (attempt.outcome() != Outcome.SENT) {
            subscriptions.attemptFailed(subscription.id(), attempt.detail(), clock.instant());
        }
        return attempt;
    }

    /** The dead letter is the log's; what follows here is that the subscription gets nothing more until fixed. */
    @Override
    public void gaveUp(Delivery delivery, Attempt last) {
        if (last.detail().equals(UNHEALTHY) || last.detail().equals(DELETED)) {
            return;
        }
        subscriptionId(delivery.recipient()).ifPresent(id -> {
            subscriptions.markUnhealthy(id, clock.instant());
            LOG.info("webhook subscription {} marked unhealthy: delivery {} was given up ({})", id,
                    delivery.notificationId(), last.detail());
        });
    }

    private Attempt post(Subscription subscription, Delivery delivery) {
        URI target = subscription.targetUrl();
        try {
            Optional<String> refusal = targets.refusal(target.getHost());
            if (refusal.isPresent()) {
                return Attempt.refused("target refused: its host " + refusal.get());
            }
        } catch (UnknownHostException e) {
            return Attempt.retry("host does not resolve", 0);
        }
        byte[] body = body(delivery);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Ticketflow-Webhooks/1")
                .header(EVENT_ID_HEADER, delivery.triggeringEventId().toString())
                .header(DELIVERY_ID_HEADER, delivery.notificationId().toString())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        // the request timeout covers the wait for the headers only: the whole exchange, a body trickled by a
        // slow receiver included, is bounded here, so one receiver cannot hold a sender thread for long
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(settings.connectTimeout().plus(settings.readTimeout()).toMillis(),
                    TimeUnit.MILLISECONDS).statusCode();
            String detail = "HTTP " + status;
            return status >= 200 && status < 300 ? Attempt.sent(detail, status) : Attempt.retry(detail, status);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Attempt.retry("timeout", 0);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // the class only: messages of connection errors name the address
            return Attempt.retry(cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName(),
                    0);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.retry("interrupted", 0);
        }
    }

    /** {@code {"eventId","eventType","schemaRevision","occurredAt","ticketId","payload"}}, payload as recorded. */
    static byte[] body(Delivery delivery) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField(WebhookReaction.EVENT_ID, delivery.triggeringEventId().toString());
            json.writeStringField(WebhookReaction.EVENT_TYPE, (String) delivery.data().get(WebhookReaction.EVENT_TYPE));
            json.writeNumberField(WebhookReaction.SCHEMA_REVISION,
                    ((Number) delivery.data().get(WebhookReaction.SCHEMA_REVISION)).intValue());
            json.writeStringField(WebhookReaction.OCCURRED_AT, (String) delivery.data().get(WebhookReaction.OCCURRED_AT));
            if (delivery.ticketId() != null) {
                json.writeStringField("ticketId", delivery.ticketId().toString());
            }
            json.writeFieldName(WebhookReaction.PAYLOAD);
            json.writeRawValue((String) delivery.data().get(WebhookReaction.PAYLOAD));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Optional<UUID> subscriptionId(String recipient) {
        if (!recipient.startsWith(Subscription.RECIPIENT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(recipient.substring(Subscription.RECIPIENT_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
