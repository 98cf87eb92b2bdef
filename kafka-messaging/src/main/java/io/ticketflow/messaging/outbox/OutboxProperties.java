package io.ticketflow.messaging.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The transactional outbox ({@code ticketflow.outbox.*}). Each commit that writes an outbox row wakes the
 * relay at once; polling is only the fallback (a row another instance committed, a Kafka outage).
 *
 * @param enabled       whether this service has the outbox at all; off unless the service opts in, because
 *                      the outbox needs the service's database to hold the {@code outbox} table
 * @param pollInterval  how often each instance looks for unpublished rows without being woken
 * @param batchSize     how many keys one round claims (the oldest unpublished row of each), and at most as many
 *                      rows queued behind them, see the relay
 * @param sendTimeout   how long a round waits for Kafka's acknowledgements before it leaves the unacknowledged
 *                      rows for a later round
 * @param retention     how long published rows stay in the table (so an operator can see what went out and
 *                      when) before they are deleted; zero deletes them at the next purge
 * @param purgeInterval how often each instance deletes published rows older than the retention
 */
@ConfigurationProperties(prefix = "ticketflow.outbox")
public record OutboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("1h") Duration retention,
        @DefaultValue("1m") Duration purgeInterval) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ticketflow.outbox.batch-size must be at least 1");
        }
        for (Duration period : new Duration[] {pollInterval, sendTimeout, purgeInterval}) {
            if (period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("ticketflow.outbox.poll-interval, send-timeout and"
                        + " purge-interval must be positive, were " + pollInterval + ", " + sendTimeout + ", "
                        + purgeInterval);
            }
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("ticketflow.outbox.retention must not be negative");
        }
    }
}
