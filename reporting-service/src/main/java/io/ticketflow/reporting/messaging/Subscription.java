package io.ticketflow.reporting.messaging;

import io.ticketflow.api.wire.Topics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The topics reporting folds, each with the consumer group that reads it live, which is also the name its events
 * are claimed under in the inbox. A rebuild claims the events it replays under the same names, so that once its
 * schema is swapped in, the live consumers find there every event the rebuild applied.
 */
public enum Subscription {

    // the first group keeps the name it had when reporting read ticket events only, so its offsets carry on
    TICKET_EVENTS(Topics.TICKET_EVENTS, "reporting-service"),
    SLA_EVENTS(Topics.SLA_EVENTS, "reporting-service.sla-events"),
    AGENT_EVENTS(Topics.AGENT_EVENTS, "reporting-service.agent-events");

    private final String topic;
    private final String consumer;

    Subscription(String topic, String consumer) {
        this.topic = topic;
        this.consumer = consumer;
    }

    public String topic() {
        return topic;
    }

    /** Consumer group and inbox name. */
    public String consumer() {
        return consumer;
    }

    public static Optional<Subscription> ofTopic(String topic) {
        return Arrays.stream(values()).filter(subscription -> subscription.topic.equals(topic)).findFirst();
    }
}
