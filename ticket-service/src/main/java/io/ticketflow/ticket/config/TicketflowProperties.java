package io.ticketflow.ticket.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param tenant         tenant stamped on events when the request did not name one
 * @param publishTimeout how long a publication batch waits for Kafka's acknowledgements before it is retried
 * @param reopenWindow   how long after resolution the requester may still reopen a ticket
 * @param snapshotThreshold after how many events loaded to handle a command a ticket is snapshotted, so
 *                          that loading it reads the snapshot and the events after it, not its whole stream
 * @param autoClose      closing resolved tickets once their resolution period has passed
 */
@ConfigurationProperties(prefix = "ticketflow")
public record TicketflowProperties(
        @DefaultValue("default") String tenant,
        @DefaultValue("30s") Duration publishTimeout,
        @DefaultValue("7d") Duration reopenWindow,
        @DefaultValue("100") int snapshotThreshold,
        @DefaultValue AutoClose autoClose) {

    /**
     * @param enabled      whether this instance closes due tickets (any number of instances may)
     * @param after        how long after resolution a ticket is closed
     * @param pollInterval how often due tickets are looked for: the lateness of a close is at most this
     * @param batchSize    how many due tickets one look claims
     * @param retryAfter   when a claimed ticket could not be closed (it changed meanwhile, or the instance
     *                     died), how long until any instance tries it again
     */
    public record AutoClose(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("7d") Duration after,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("5m") Duration retryAfter) {

        public AutoClose {
            // zero or negative values would make the auto-closer spin: a batch of nothing is always "full"
            if (batchSize < 1) {
                throw new IllegalArgumentException("ticketflow.auto-close.batch-size must be at least 1");
            }
            for (var period : new Duration[] {after, pollInterval, retryAfter}) {
                if (period.isZero() || period.isNegative()) {
                    throw new IllegalArgumentException("ticketflow.auto-close.after, poll-interval and retry-after"
                            + " must be positive, were " + after + ", " + pollInterval + ", " + retryAfter);
                }
            }
        }
    }
}
