package io.ticketflow.notification.webhook;

import java.util.List;

/**
 * Body of {@code POST /api/webhooks} and {@code PUT /api/webhooks/{id}}.
 *
 * @param eventTypes logical event names; absent or empty for every event of ticket-events and sla-events
 * @param secret     at least 32 characters; absent on POST to have one generated (and returned once), absent on PUT
 *                   to keep the current one
 */
record WebhookRequest(String targetUrl, List<String> eventTypes, String secret, String description) {

    @Override
    public String toString() {
        return "WebhookRequest[eventTypes=" + eventTypes + "]";
    }
}
