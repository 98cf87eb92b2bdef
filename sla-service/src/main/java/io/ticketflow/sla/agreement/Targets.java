package io.ticketflow.sla.agreement;

import io.ticketflow.api.sla.SlaTarget;

import java.time.Duration;

/**
 * What a policy promises for one priority, each in business time; an absent target is not measured.
 *
 * @param firstResponse until the first public agent reply
 * @param nextResponse  until the agent's answer to each later requester message
 * @param resolution    until the ticket is resolved, time waiting on the customer excluded
 */
public record Targets(Duration firstResponse, Duration nextResponse, Duration resolution) {

    public Targets {
        for (Duration target : new Duration[] {firstResponse, nextResponse, resolution}) {
            if (target != null && (target.isZero() || target.isNegative())) {
                throw new IllegalArgumentException("SLA targets must be positive, was " + target);
            }
        }
    }

    /** The target for one clock, or null when this policy does not measure it. */
    public Duration of(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }
}
