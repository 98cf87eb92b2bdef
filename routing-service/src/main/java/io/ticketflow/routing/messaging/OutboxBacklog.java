package io.ticketflow.routing.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code ticketflow.routing.outbox.backlog}: outbox rows stored but not yet published. Zero in steady state;
 * it grows while Kafka is unreachable and drains when it returns, so it is the number to alert on.
 */
@Component
class OutboxBacklog {

    OutboxBacklog(OutboxTable table, MeterRegistry registry) {
        Gauge.builder("ticketflow.routing.outbox.backlog", table, OutboxBacklog::rows)
                .description("outbox rows not yet published to Kafka")
                .baseUnit("events")
                .register(registry);
    }

    /** NaN while the database cannot be asked. */
    private static double rows(OutboxTable table) {
        try {
            return table.unpublished();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
