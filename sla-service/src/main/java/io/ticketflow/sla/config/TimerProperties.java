package io.ticketflow.sla.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The durable timer ({@code ticketflow.sla.timer.*}).
 *
 * @param pollInterval how often each instance looks for due warnings and breaches; a timer fires at most this
 *                     much (plus {@code settle}, or the watermark's delay if longer) after its instant, and its event
 *                     still carries the true instant
 * @param batchSize    how many tickets one transaction claims
 * @param settle       how long a due instant must lie in the past before the timer fires it, on top of the
 *                     watermark (which waits for consumer lag and downtime): it covers what the consumers cannot see,
 *                     a ticket event that reaches the topic late (its publisher was behind or cut off from Kafka).
 *                     Such an event published more than this after a deadline may meet a breach already raised
 */
@ConfigurationProperties(prefix = "ticketflow.sla.timer")
public record TimerProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration settle) {

    public TimerProperties {
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("ticketflow.sla.timer.poll-interval must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("ticketflow.sla.timer.batch-size must be at least 1");
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("ticketflow.sla.timer.settle must not be negative");
        }
    }
}
