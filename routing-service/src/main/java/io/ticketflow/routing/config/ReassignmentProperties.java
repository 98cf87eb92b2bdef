package io.ticketflow.routing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Handing an offline agent's tickets to others ({@code ticketflow.routing.offline.*}).
 *
 * @param grace        how long an agent may be OFFLINE before their active tickets go to someone else (a
 *                     short break or a reconnect should not reshuffle their work)
 * @param pollInterval how often each instance looks for such tickets
 * @param batchSize    how many tickets one look takes
 */
@ConfigurationProperties(prefix = "ticketflow.routing.offline")
public record ReassignmentProperties(
        @DefaultValue("15m") Duration grace,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("100") int batchSize) {

    public ReassignmentProperties {
        if (grace.isNegative() || pollInterval.isZero() || pollInterval.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("ticketflow.routing.offline: grace must not be negative, poll-interval"
                    + " must be positive and batch-size at least 1");
        }
    }
}
