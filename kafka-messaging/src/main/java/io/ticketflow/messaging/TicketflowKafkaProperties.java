package io.ticketflow.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the shared Kafka plumbing ({@code ticketflow.kafka.*}).
 *
 * @param createTopics create the platform's topics (and their dead-letter companions) on start-up when
 *                     missing; off where an operator owns the topics
 */
@ConfigurationProperties(prefix = "ticketflow.kafka")
public record TicketflowKafkaProperties(
        @DefaultValue("true") boolean createTopics,
        @DefaultValue Producer producer,
        @DefaultValue Retry retry) {

    /**
     * Batching knobs of every producer. A few milliseconds of linger fill batches under load at no cost
     * when idle; lz4 compresses JSON well for the least CPU, which matters on small machines.
     */
    public record Producer(
            @DefaultValue("5ms") Duration linger,
            @DefaultValue("lz4") String compressionType) {
    }

    /**
     * Back-off of a failing record before it is dead-lettered: exponential from {@code initialInterval},
     * capped at {@code maxInterval}, at most {@code maxRetries} retries after the first attempt.
     */
    public record Retry(
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("5s") Duration maxInterval,
            @DefaultValue("4") int maxRetries) {
    }
}
