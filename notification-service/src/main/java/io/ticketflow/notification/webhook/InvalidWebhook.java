package io.ticketflow.notification.webhook;

import java.util.List;
import java.util.Map;

/** A subscription request with fields it cannot take: each as {@code {field, reason}}. */
class InvalidWebhook extends RuntimeException {

    private final transient List<Map<String, String>> errors;

    InvalidWebhook(List<Map<String, String>> errors) {
        super(errors.get(0).get("field") + " " + errors.get(0).get("reason"));
        this.errors = List.copyOf(errors);
    }

    List<Map<String, String>> errors() {
        return errors;
    }
}
