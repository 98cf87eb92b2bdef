package io.ticketflow.notification.webhook;

import java.util.UUID;

class WebhookNotFound extends RuntimeException {

    WebhookNotFound(UUID id) {
        super("no webhook subscription " + id);
    }
}
