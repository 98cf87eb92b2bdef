package io.ticketflow.ticket.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the Ticket after {@code ticketflow.snapshot-threshold} events, taken by the
 * {@code SpringAggregateSnapshotter} Axon's auto-configuration provides (asynchronously, after the command's
 * transaction). The audit trail and time travel read the stream from sequence 0, so a snapshot only ever
 * shortens loading the aggregate.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfig {

    /** The name {@code @Aggregate(snapshotTriggerDefinition = ...)} on the Ticket refers to. */
    public static final String TICKET_SNAPSHOTS = "ticketSnapshotTrigger";

    @Bean(TICKET_SNAPSHOTS)
    public SnapshotTriggerDefinition ticketSnapshotTrigger(Snapshotter snapshotter, TicketflowProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
