package io.ticketflow.routing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The outbox relay ({@code ticketflow.routing.outbox.*}). Each commit that writes an outbox row wakes the
 * relay at once; polling is only the fallback (a row another instance committed, a Kafka outage).
 *
 * @param pollInterval how often each instance looks for unpublished rows without being woken
 * @param batchSize    how many rows one round claims (at most one per record key, see the relay)
 * @param sendTimeout  how long a round waits for Kafka's acknowledgements before it leaves the unacknowledged
 *                     rows for a later round
 * @param retention    how long published rows stay in the table (so an operator can see what went out and
 *                     when) before they are deleted; zero deletes them at the next purge
 * @param purgeInterval how often each instance deletes published rows older than the retention
 */
@ConfigurationProperties(prefix = "ticketflow.routing.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("1h") Duration retention,
        @DefaultValue("1m") Duration purgeInterval) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ticketflow.routing.outbox.batch-size must be at least 1");
        }
        for (Duration period : new Duration[] {pollInterval, sendTimeout, purgeInterval}) {
            if (period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("ticketflow.routing.outbox.poll-interval, send-timeout and"
                        + " purge-interval must be positive, were " + pollInterval + ", " + sendTimeout + ", "
                        + purgeInterval);
            }
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("ticketflow.routing.outbox.retention must not be negative");
        }
    }
}
