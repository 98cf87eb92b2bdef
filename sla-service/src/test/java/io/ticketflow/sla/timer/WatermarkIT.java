package io.ticketflow.sla.timer;

import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timer waits for the consumers: a reply made in time while the service was down is applied before the timer
 * fires anything past the instant the consumer had reached, even though the service comes back long after the
 * deadline and its timer starts before its consumer. The shared context's settle period is zero, so nothing but the
 * watermark holds the timer back.
 */
class WatermarkIT extends TicketEventsIT {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    DueTimers timers;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_reply_in_time_while_the_service_is_down_meets_the_target_and_nothing_is_raised() throws Exception {
        String organisation = policy("PT4S", "PT1H", List.of());
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            // The story starts two seconds ahead of the wall clock, and the timer is stopped before it starts: the
            // service is down before anything in it falls due, however slowly this machine sets the scene.
            Instant openedAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
            timers.stop();
            TicketOpened opened = opened(organisation, openedAt);
            String key = opened.ticketId().toString();
            publish(opened, openedAt);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from ticket_clocks where ticket_id = ?", Integer.class, opened.ticketId()) == 1);
            listeners.stop();

            // while it is down: the agent answers at +1 s (the deadline is +4 s), and the deadline passes
            Instant repliedAt = openedAt.plusSeconds(1);
            publish(new MessageAdded(opened.ticketId(), UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                    Actor.agent("erin"), "Looking into it", List.of(), repliedAt), repliedAt);
            Instant restartAt = repliedAt.plusSeconds(16);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Instant.now().isAfter(restartAt));

            // back: the timer before the consumer, the worst order
            timers.start();
            listeners.start();
            SlaMet met = (SlaMet) payload(sla.awaitRecords(of(key, SlaMet.class), 1, Duration.ofSeconds(60)).get(0));
            assertThat(met.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(met.elapsed()).isEqualTo(Duration.ofSeconds(1));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(sla.received(r -> key.equals(r.key())
                            && (payload(r) instanceof SlaWarningRaised || payload(r) instanceof SlaBreached)))
                            .isEmpty());
            // caught up again: the timer is held back by a known, finite amount
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    Double.isFinite(meters.get("ticketflow.sla.timer.watermark.age").gauge().value()));
        } finally {
            if (!listeners.isRunning()) {
                listeners.start();
            }
            timers.start();
        }
    }
}
