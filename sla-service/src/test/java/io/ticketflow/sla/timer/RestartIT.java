package io.ticketflow.sla.timer;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.sla.SlaStopReason;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.sla.SlaApplication;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service goes down with clocks running and comes back (as another instance) after their deadlines: what
 * fell due meanwhile is raised once, with its true instants, and the events that arrived meanwhile are applied
 * after it. Then two instances run side by side on one database and one consumer group: every timer fires once.
 */
class RestartIT extends TicketEventsIT {

    @Autowired
    Environment environment;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    DueTimers timers;

    @Test
    void overdue_timers_fire_once_after_downtime_and_two_instances_fire_each_timer_once() throws Exception {
        String organisation = policy("PT2S", "PT1H", List.of());
        ConfigurableApplicationContext second = null;
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TicketOpened opened = opened(organisation, openedAt);
            publish(opened, openedAt);
            String key = opened.ticketId().toString();
            sla.awaitRecords(r -> key.equals(r.key()), 2, Duration.ofSeconds(30));

            // down: no timer, no consumer; the agent answers late while nobody listens
            timers.stop();
            listeners.stop();
            Instant repliedAt = openedAt.plusSeconds(3);
            publish(new MessageAdded(opened.ticketId(), UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                    Actor.agent("dave"), "Sorry for the wait", List.of(), repliedAt), repliedAt);

            second = startAnotherInstance();
            List<SlaEvent> events = sla.awaitRecords(r -> key.equals(r.key()), 5, Duration.ofSeconds(60)).stream()
                    .map(r -> (SlaEvent) payload(r)).toList();
            SlaClockStarted first = (SlaClockStarted) events.stream().filter(SlaClockStarted.class::isInstance)
                    .filter(e -> e.target() == SlaTarget.FIRST_RESPONSE).findFirst().orElseThrow();
            assertThat(events.subList(2, 5)).satisfiesExactly(
                    warning -> assertThat(((SlaWarningRaised) warning).raisedAt()).isEqualTo(openedAt.plusSeconds(1)),
                    breach -> assertThat(((SlaBreached) breach).breachedAt()).isEqualTo(first.deadline()),
                    stop -> assertThat(stop).isInstanceOfSatisfying(SlaClockStopped.class, stopped -> {
                        assertThat(stopped.reason()).isEqualTo(SlaStopReason.REACHED_LATE);
                        assertThat(stopped.elapsed()).isEqualTo(Duration.ofSeconds(3));
                    }));

            // both up: each of twenty tickets breaches once, whichever instance gets there
            listeners.start();
            timers.start();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Instant at = Instant.now();
                TicketOpened another = opened(organisation, at);
                publish(another, at);
                keys.add(another.ticketId().toString());
            }
            sla.awaitRecords(r -> keys.contains(r.key()) && payload(r) instanceof SlaBreached, 20,
                    Duration.ofSeconds(60));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<ConsumerRecord<String, byte[]>> breaches = sla.received(r -> keys.contains(r.key())
                        && payload(r) instanceof SlaBreached);
                assertThat(breaches).hasSize(20);
                Set<String> breachedTickets = breaches.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                assertThat(breachedTickets).hasSize(20);
                assertThat(sla.received(r -> key.equals(r.key()))).hasSize(5);
            });
        } finally {
            if (!listeners.isRunning()) {
                listeners.start();
            }
            timers.start();
            if (second != null) {
                second.close();
            }
        }
    }

    private ConfigurableApplicationContext startAnotherInstance() {
        // command-line arguments: they outrank application.yml, as the test's own properties do
        return new SpringApplicationBuilder(SlaApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.kafka.bootstrap-servers=" + environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                "--ticketflow.sla.timer.settle=0s",
                "--ticketflow.sla.timer.poll-interval=200ms");
    }
}
