package io.ticketflow.sla.timer;

import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ticket events on the real topic in, SLA events and escalation commands on the real topics out, through the
 * database's clocks, the durable timer and the outbox.
 */
class ClockTimersIT extends TicketEventsIT {

    @Test
    void an_unanswered_ticket_is_warned_then_breached_and_escalated() throws Exception {
        String organisation = policy("PT2S", "PT1H", List.of(Map.of("on", "BREACH", "target", "FIRST_RESPONSE",
                "raisePriorityTo", "URGENT", "escalationTeamId", "tier-2", "escalate", true)));
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS);
             TopicProbe commands = TopicProbe.subscribe(Topics.TICKET_COMMANDS)) {
            Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TicketOpened opened = opened(organisation, openedAt);
            publish(opened, openedAt);
            String key = opened.ticketId().toString();

            List<Object> events = sla.awaitRecords(r -> key.equals(r.key()), 4, Duration.ofSeconds(30)).stream()
                    .map(TicketEventsIT::payload).toList();
            assertThat(events).hasSize(4);
            SlaClockStarted first = events.stream().filter(SlaClockStarted.class::isInstance)
                    .map(SlaClockStarted.class::cast).filter(s -> s.target() == SlaTarget.FIRST_RESPONSE).findFirst()
                    .orElseThrow();
            assertThat(first.deadline()).isEqualTo(openedAt.plusSeconds(2));
            assertThat(events).filteredOn(SlaWarningRaised.class::isInstance).singleElement()
                    .satisfies(w -> assertThat(((SlaWarningRaised) w).raisedAt()).isEqualTo(openedAt.plusSeconds(1)));
            assertThat(events.get(3)).isInstanceOfSatisfying(SlaBreached.class, breach -> {
                assertThat(breach.clockId()).isEqualTo(first.clockId());
                assertThat(breach.breachedAt()).isEqualTo(first.deadline());
            });

            List<Object> escalation = commands.awaitRecords(r -> key.equals(r.key()), 2, Duration.ofSeconds(30))
                    .stream().map(TicketEventsIT::payload).toList();
            assertThat(escalation).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ChangeTicketPriority.class,
                    change -> assertThat(change.priority()).isEqualTo(Priority.URGENT)));
            assertThat(escalation).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(EscalateTicket.class, e -> {
                assertThat(e.trigger()).isEqualTo(EscalationTrigger.SLA_BREACH);
                assertThat(e.targetTeamId()).isEqualTo("tier-2");
                assertThat(e.issuedBy()).isEqualTo(Actor.system("sla-service"));
            }));

            get("/api/sla/tickets/" + key).andExpect(status().isOk())
                    .andExpect(jsonPath("$.clocks[?(@.target == 'FIRST_RESPONSE')].breached").value(true))
                    .andExpect(jsonPath("$.clocks[?(@.target == 'RESOLUTION')].state").value("RUNNING"));
        }
    }

    @Test
    void a_reply_in_time_meets_the_first_response_and_nothing_more_fires() throws Exception {
        String organisation = policy("PT3S", "PT1H", List.of());
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TicketOpened opened = opened(organisation, openedAt);
            publish(opened, openedAt);
            Instant repliedAt = openedAt.plusMillis(1_200);
            publish(new MessageAdded(opened.ticketId(), UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                    Actor.agent("carol"), "On it", List.of(), repliedAt), repliedAt);
            String key = opened.ticketId().toString();

            SlaMet met = (SlaMet) payload(sla.awaitRecords(of(key, SlaMet.class), 1, Duration.ofSeconds(30)).get(0));
            assertThat(met.elapsed()).isEqualTo(Duration.ofMillis(1_200));
            // past the first response's would-be deadline: no warning, no breach
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(sla.received(r -> key.equals(r.key()))).hasSize(3));
        }
    }

    @Test
    void an_unknown_ticket_is_not_found_and_a_malformed_id_is_a_problem_naming_it() throws Exception {
        refused(get("/api/sla/tickets/" + UUID.randomUUID()), 404, null);
        refused(get("/api/sla/tickets/not-a-ticket"), 400, "ticketId");
    }

    @Test
    void a_redelivered_ticket_event_changes_nothing() throws Exception {
        String organisation = policy("PT1H", "PT8H", List.of());
        try (TopicProbe sla = TopicProbe.subscribe(Topics.SLA_EVENTS)) {
            Instant openedAt = Instant.now();
            TicketOpened opened = opened(organisation, openedAt);
            Envelope<Object> envelope = publish(opened, openedAt);
            publish(envelope);
            String key = opened.ticketId().toString();

            sla.awaitRecords(r -> key.equals(r.key()), 2, Duration.ofSeconds(30));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(sla.received(r -> key.equals(r.key()))).hasSize(2));
        }
    }
}
