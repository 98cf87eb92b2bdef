package io.ticketflow.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How deliveries are sent and retried ({@code ticketflow.notification.delivery.*}), for every channel.
 *
 * @param pollInterval   how often each channel's worker looks for due deliveries without being woken
 * @param batchSize      how many deliveries one round claims
 * @param concurrency    how many deliveries of one channel are sent at once (a slow receiver holds one thread)
 * @param lease          how long a claimed delivery is the worker's; a crash mid-send frees it after this
 * @param initialBackoff the wait after the first failed attempt; each later wait is {@code multiplier} times longer
 * @param multiplier     growth of the wait between attempts
 * @param maxBackoff     the longest wait between two attempts
 * @param retryFor       how long after the delivery was recorded attempts go on; then it fails for good
 *                       ({@code NotificationFailed}, the dead letter of the log)
 */
@ConfigurationProperties(prefix = "ticketflow.notification.delivery")
public record DeliveryProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("4") int concurrency,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("24h") Duration retryFor) {

    public DeliveryProperties {
        if (batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("ticketflow.notification.delivery.batch-size and concurrency must be"
                    + " at least 1");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("ticketflow.notification.delivery.multiplier must be at least 1");
        }
        for (Duration period : new Duration[] {pollInterval, lease, initialBackoff, maxBackoff}) {
            if (period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("ticketflow.notification.delivery.poll-interval, lease,"
                        + " initial-backoff and max-backoff must be positive");
            }
        }
        if (retryFor.isNegative()) {
            throw new IllegalArgumentException("ticketflow.notification.delivery.retry-for must not be negative");
        }
    }

    /** The wait after {@code attempts} failed attempts (1 for the first). */
    public Duration backoffAfter(int attempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
