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
 */
@ConfigurationProperties(prefix = "ticketflow")
public record TicketflowProperties(
        @DefaultValue("default") String tenant,
        @DefaultValue("30s") Duration publishTimeout,
        @DefaultValue("7d") Duration reopenWindow,
        @DefaultValue("100") int snapshotThreshold) {
}
