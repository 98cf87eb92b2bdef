package io.ticketflow.notification.web;

import io.ticketflow.notification.delivery.DeliveryLog;
import io.ticketflow.notification.delivery.DeliveryRecord;
import io.ticketflow.web.InvalidParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/notifications?ticketId=}: what was sent (and is to be sent) about a ticket, oldest first. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final int MAX_LIMIT = 500;

    private final DeliveryLog log;

    NotificationController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    Map<String, List<DeliveryRecord>> forTicket(@RequestParam UUID ticketId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return Map.of("notifications", log.forTicket(ticketId, limit));
    }
}
