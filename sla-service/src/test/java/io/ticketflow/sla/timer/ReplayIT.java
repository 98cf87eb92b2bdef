package io.ticketflow.sla.timer;

import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaStopReason;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.clock.ClockEngine;
import io.ticketflow.sla.clock.Emitted;
import io.ticketflow.sla.clock.Step;
import io.ticketflow.sla.clock.TicketClocks;
import io.ticketflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running service published for a ticket (some of it fired by the timer while the ticket was quiet,
 * all of it through the database and the outbox) equals what a fresh engine computes from the ticket's events
 * alone: the same SLA events, with the same ids, in the same order.
 */
class ReplayIT extends TicketEventsIT {

    @Autowired
    PolicyBook book;

    @Test
    void replaying_a_tickets_events_into_a_fresh_engine_gives_what_the_service_published() throws Exception {
        String organisation = policy("PT2S", "PT1H", List.of(Map.of("on", "BREACH", "raisePriorityTo", "URGENT")));
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TicketOpened opened = opened(organisation, t0);
            UUID id = opened.ticketId();
            String key = id.toString();
            List<Envelope<Object>> history = new ArrayList<>();
            history.add(publish(opened, t0));
            // the first response breaches on the timer, while nothing happens on the ticket
            sla.awaitRecords(of(key, io.ticketflow.api.sla.SlaBreached.class), 1, Duration.ofSeconds(30));

            Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<TicketEvent> later = List.of(
                    new MessageAdded(id, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY, Actor.agent("carol"),
                            "Looking", List.of(), t),
                    new TicketAwaitingCustomer(id, "logs", Actor.agent("carol"), t.plusMillis(100)),
                    new MessageAdded(id, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY, Actor.customer("alice"),
                            "Here", List.of(), t.plusMillis(900)),
                    new TicketResumed(id, Actor.customer("alice"), t.plusMillis(900)),
                    new TicketPriorityChanged(id, Priority.HIGH, Priority.URGENT, "customer is down", Actor.agent("carol"),
                            t.plusMillis(1_000)),
                    new TicketResolved(id, ResolutionCode.SOLVED, "Replaced", Actor.agent("carol"), t.plusMillis(1_200)),
                    new TicketReopened(id, "Still smokes", Actor.customer("alice"), t.plusMillis(1_500)),
                    new TicketClosed(id, Actor.agent("carol"), CloseReason.MANUAL, null, t.plusMillis(1_800)));
            for (TicketEvent event : later) {
                history.add(publish(event, occurredAt(event)));
            }
            sla.awaitRecords(r -> of(key, SlaClockStopped.class).test(r)
                    && ((SlaClockStopped) payload(r)).target() == SlaTarget.RESOLUTION
                    && ((SlaClockStopped) payload(r)).reason() == SlaStopReason.TICKET_CLOSED, 1,
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> published = sla.received(r -> key.equals(r.key()));

            ClockEngine fresh = new ClockEngine(book);
            TicketClocks state = null;
            List<Emitted> replayed = new ArrayList<>();
            for (Envelope<Object> envelope : history) {
                Step step = fresh.apply(state, envelope.payload(), envelope.occurredAt());
                state = step.state();
                replayed.addAll(step.events());
            }

            assertThat(published).hasSameSizeAs(replayed).hasSizeGreaterThan(8);
            for (int i = 0; i < replayed.size(); i++) {
                ConsumerRecord<String, byte[]> record = published.get(i);
                assertThat(UUID.fromString(new String(record.headers().lastHeader(WireHeaders.EVENT_ID).value(),
                        StandardCharsets.UTF_8))).as("event id %d", i).isEqualTo(replayed.get(i).eventId());
                assertThat(payload(record)).as("event %d", i).isEqualTo(replayed.get(i).event());
            }
        }
    }

    private static Instant occurredAt(TicketEvent event) {
        if (event instanceof MessageAdded e) {
            return e.addedAt();
        } else if (event instanceof TicketAwaitingCustomer e) {
            return e.requestedAt();
        } else if (event instanceof TicketResumed e) {
            return e.resumedAt();
        } else if (event instanceof TicketPriorityChanged e) {
            return e.changedAt();
        } else if (event instanceof TicketResolved e) {
            return e.resolvedAt();
        } else if (event instanceof TicketReopened e) {
            return e.reopenedAt();
        }
        return ((TicketClosed) event).closedAt();
    }
}
