package io.ticketflow.sla.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The durable timer ({@code ticketflow.sla.timer.*}).
 *
 * @param pollInterval how often each instance looks for due warnings and breaches; a timer fires at most this
 *                     much (plus {@code settle}) after its instant, and its event still carries the true instant
 * @param batchSize    how many tickets one transaction claims
 * @param settle       how long a due instant must lie in the past before the timer fires it: ticket events that
 *                     happened before a deadline but are still on their way (consumer lag) must be applied first,
 *                     or a reply sent just in time would count as late. Events that arrive later than this after
 *                     a deadline meet a breach already raised
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
