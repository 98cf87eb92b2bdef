package io.ticketflow.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.reporting.messaging.Subscription;
import io.ticketflow.reporting.metrics.ConsumerLag;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionMetricsIT extends ReportingIntegrationTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    ConsumerLag lag;

    @Test
    void each_projected_event_is_timed_by_its_age_and_the_lag_drains_to_zero() {
        Timer age = registry.get("ticketflow.reporting.event.age").tag("topic", Topics.TICKET_EVENTS).timer();
        long before = age.count();

        UUID event = UUID.randomUUID();
        publish(TicketEventRecords.ticketOpened(event, UUID.randomUUID()));
        awaitProjected(Subscription.TICKET_EVENTS, event);

        Awaitility.await().atMost(PATIENCE).until(() -> age.count() > before);
        // opened at TicketEventRecords.OPENED_AT, months ago: an age the histogram must show as such
        assertThat(age.max(java.util.concurrent.TimeUnit.DAYS)).isGreaterThan(1);
        Awaitility.await("lag of ticket-events drains").atMost(PATIENCE).until(() -> {
            lag.measure();
            return lag.lag(Subscription.TICKET_EVENTS) == 0;
        });
        assertThat(registry.get("ticketflow.reporting.consumer.lag").tag("topic", Topics.SLA_EVENTS).gauge().value())
                .isNotNegative();
    }
}
