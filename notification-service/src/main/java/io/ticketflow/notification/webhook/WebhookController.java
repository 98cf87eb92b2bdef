package io.ticketflow.notification.webhook;

import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.web.InvalidParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhook subscriptions: {@code /api/webhooks}, and the deliveries made to each. */
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

    private static final int MAX_LIMIT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionRules rules;
    private final Subscriptions subscriptions;
    private final DeliveryLog log;
    private final Clock clock;

    WebhookController(SubscriptionRules rules, Subscriptions subscriptions, DeliveryLog log, Clock clock) {
        this.rules = rules;
        this.subscriptions = subscriptions;
        this.log = log;
        this.clock = clock;
    }

    /** A subscription without a secret gets a generated one, shown in this answer and never again. */
    @PostMapping
    ResponseEntity<WebhookResource> subscribe(@RequestBody WebhookRequest request) {
        SubscriptionDefinition definition = rules.check(request);
        String generated = request.secret() == null ? generatedSecret() : null;
        UUID id = UUID.randomUUID();
        subscriptions.create(id, definition, generated != null ? generated : request.secret(), clock.instant());
        WebhookResource created = WebhookResource.of(subscriptions.find(id).orElseThrow());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).body(generated == null ? created : created.withGeneratedSecret(generated));
    }

    @GetMapping
    Map<String, List<WebhookResource>> list() {
        return Map.of("webhooks", subscriptions.all().stream().map(WebhookResource::of).toList());
    }

    @GetMapping("/{id}")
    WebhookResource get(@PathVariable UUID id) {
        return WebhookResource.of(existing(id));
    }

    /** Replaces the subscription (an absent secret keeps the current one) and makes it healthy again. */
    @PutMapping("/{id}")
    WebhookResource replace(@PathVariable UUID id, @RequestBody WebhookRequest request) {
        existing(id);
        SubscriptionDefinition definition = rules.check(request);
        if (!subscriptions.replace(id, definition, request.secret(), clock.instant())) {
            throw new WebhookNotFound(id);
        }
        return WebhookResource.of(existing(id));
    }

    /** Pending deliveries to a deleted subscription are refused when they fall due; the log keeps them. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!subscriptions.delete(id)) {
            throw new WebhookNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The subscription's deliveries, newest first, each with every attempt. */
    @GetMapping("/{id}/deliveries")
    Map<String, List<WebhookDelivery>> deliveries(@PathVariable UUID id,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Subscription subscription = existing(id);
        return Map.of("deliveries", log.forRecipient(subscription.recipient(), limit).stream()
                .map(record -> WebhookDelivery.of(record, log.attempts(record.notificationId()))).toList());
    }

    private Subscription existing(UUID id) {
        return subscriptions.find(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
