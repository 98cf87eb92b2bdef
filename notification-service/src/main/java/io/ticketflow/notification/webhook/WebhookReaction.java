package io.ticketflow.notification.webhook;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.JsonCodec;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.notification.delivery.EventReaction;
import io.ticketflow.notification.delivery.NewDelivery;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One webhook delivery per healthy subscription whose filter takes the event, for every ticket and SLA event. The
 * event goes into the delivery's data as the contract writes it (JSON text, so the receiver gets the contract's
 * bytes, not a re-serialisation), at the revision the catalog registers (the consumer upcasts older ones).
 */
@Component
class WebhookReaction implements EventReaction {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String SCHEMA_REVISION = "schemaRevision";
    static final String OCCURRED_AT = "occurredAt";
    static final String PAYLOAD = "payload";

    private final Subscriptions subscriptions;

    WebhookReaction(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<NewDelivery> react(List<Envelope<Object>> events) {
        List<Envelope<Object>> subscribable = events.stream().filter(e -> SubscribableEvents.contains(e.type())).toList();
        if (subscribable.isEmpty()) {
            return List.of();
        }
        List<Subscription> healthy = subscriptions.healthy();
        List<NewDelivery> deliveries = new ArrayList<>();
        for (Envelope<Object> event : subscribable) {
            Map<String, Object> data = null;
            for (Subscription subscription : healthy) {
                if (subscription.wants(event.type())) {
                    data = data != null ? data : data(event);
                    deliveries.add(new NewDelivery(event.eventId(), NotificationChannel.WEBHOOK,
                            subscription.recipient(), ticketId(event.payload()), event.type(), data,
                            event.occurredAt()));
                }
            }
        }
        return deliveries;
    }

    private static Map<String, Object> data(Envelope<Object> event) {
        Map<String, Object> data = new HashMap<>();
        data.put(EVENT_ID, event.eventId().toString());
        data.put(EVENT_TYPE, event.type());
        data.put(SCHEMA_REVISION, MessageCatalog.of(event.payload().getClass()).revision());
        data.put(OCCURRED_AT, event.occurredAt().toString());
        data.put(PAYLOAD, new String(JsonCodec.toJson(event.payload()), StandardCharsets.UTF_8));
        return data;
    }

    private static UUID ticketId(Object payload) {
        if (payload instanceof TicketEvent ticketEvent) {
            return ticketEvent.ticketId();
        }
        return payload instanceof SlaEvent slaEvent ? slaEvent.ticketId() : null;
    }
}
