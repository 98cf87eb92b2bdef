package io.ticketflow.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code ticketflow.outbox.backlog}: outbox rows stored but not yet published. Zero in steady state; it grows
 * while Kafka is unreachable and drains when it returns, so it is the number to alert on. A binder rather than
 * a gauge registered at construction, so Spring Boot binds it to whichever registries the service has, and a
 * service without metrics simply has none.
 */
final class OutboxBacklog implements MeterBinder {

    static final String METER = "ticketflow.outbox.backlog";

    private final OutboxTable table;

    OutboxBacklog(OutboxTable table) {
        this.table = table;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(METER, table, OutboxBacklog::rows)
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
