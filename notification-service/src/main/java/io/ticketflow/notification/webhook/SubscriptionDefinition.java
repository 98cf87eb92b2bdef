package io.ticketflow.notification.webhook;

import java.net.URI;
import java.util.List;

/** What a subscriber says about a subscription, checked: an allowed target, known event types (empty for all). */
record SubscriptionDefinition(URI targetUrl, List<String> eventTypes, String description) {

    @Override
    public String toString() {
        return "SubscriptionDefinition[eventTypes=" + eventTypes + "]";
    }
}
