package io.ticketflow.reporting.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Rebuilds of the read model ({@code ticketflow.reporting.rebuild.*}).
 *
 * @param abandonAfter     a running rebuild whose heartbeat is older than this is taken for dead (its instance
 *                         stopped without saying so) and may be replaced by a new one
 * @param swapLag          the replay swaps once a round ends this few records or fewer behind the topics' ends: the
 *                         rest is read while the live consumers wait on the generation lock, so this bounds the pause
 * @param progressInterval how often the replay writes its progress and heartbeat; far below abandon-after
 * @param poolSize         connections of the shadow schema's own pool, besides the service's pool
 */
@ConfigurationProperties(prefix = "ticketflow.reporting.rebuild")
public record RebuildProperties(
        @DefaultValue("2m") Duration abandonAfter,
        @DefaultValue("1000") long swapLag,
        @DefaultValue("1s") Duration progressInterval,
        @DefaultValue("2") int poolSize) {

    public RebuildProperties {
        if (abandonAfter.isZero() || abandonAfter.isNegative() || swapLag < 0 || progressInterval.isZero() || progressInterval.isNegative()
                || progressInterval.compareTo(abandonAfter) >= 0 || poolSize < 1) {
            throw new IllegalArgumentException("ticketflow.reporting.rebuild: abandon-after and progress-interval must"
                    + " be positive with progress-interval below abandon-after, swap-lag not negative, pool-size at"
                    + " least 1");
        }
    }
}
