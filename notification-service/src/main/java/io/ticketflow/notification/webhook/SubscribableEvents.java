package io.ticketflow.notification.webhook;

import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The events a webhook can be subscribed to: every message of ticket-events and sla-events, by logical name. */
final class SubscribableEvents {

    private static final Set<String> NAMES = Stream.of(Topics.TICKET_EVENTS, Topics.SLA_EVENTS)
            .flatMap(topic -> MessageCatalog.onTopic(topic).stream()).map(MessageType::name)
            .collect(Collectors.toUnmodifiableSet());

    private SubscribableEvents() {
    }

    static boolean contains(String eventType) {
        return NAMES.contains(eventType);
    }
}
