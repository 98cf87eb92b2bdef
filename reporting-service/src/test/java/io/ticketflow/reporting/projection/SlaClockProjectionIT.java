package io.ticketflow.reporting.projection;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.reporting.ReportingIntegrationTest;
import io.ticketflow.reporting.messaging.Subscription;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockProjectionIT extends ReportingIntegrationTest {

    private static final Instant T0 = TicketEventRecords.OPENED_AT;

    @Test
    void sla_events_projected_before_their_ticket_are_kept_and_joined_to_it_when_it_comes() {
        UUID ticket = UUID.randomUUID();
        UUID clock = UUID.randomUUID();
        publishSla(started(ticket, clock, SlaTarget.FIRST_RESPONSE));
        publishSla(new SlaWarningRaised(ticket, clock, SlaTarget.FIRST_RESPONSE, T0.plusSeconds(3600),
                Duration.ofMinutes(12), T0.plusSeconds(2880)));
        awaitProjected(Subscription.SLA_EVENTS,
                publishSla(new SlaBreached(ticket, clock, SlaTarget.FIRST_RESPONSE, T0.plusSeconds(3600), T0.plusSeconds(3600))));

        Map<String, Object> row = jdbc.queryForMap("select * from sla_clock_fact where clock_id = ?", clock);
        assertThat(row).containsEntry("ticket_id", ticket).containsEntry("target", "FIRST_RESPONSE")
                .containsEntry("outcome", "BREACHED").containsEntry("policy_id", "default")
                .containsEntry("target_seconds", 3600L).containsEntry("version", 3L);
        assertThat(jdbc.queryForObject("select count(*) from tickets where ticket_id = ?", Integer.class, ticket))
                .isZero();

        UUID opened = UUID.randomUUID();
        publish(TicketEventRecords.ticketOpened(opened, ticket));
        awaitProjected(Subscription.TICKET_EVENTS, opened);

        assertThat(jdbc.queryForMap("select first_response_sla, resolution_sla from tickets where ticket_id = ?", ticket))
                .containsEntry("first_response_sla", "BREACHED").containsEntry("resolution_sla", null);
    }

    @Test
    void every_sla_event_delivered_twice_is_folded_once() {
        UUID ticket = UUID.randomUUID();
        UUID clock = UUID.randomUUID();
        ProducerRecord<String, Object> start = record(UUID.randomUUID(), ticket.toString(), T0,
                started(ticket, clock, SlaTarget.RESOLUTION));
        UUID metId = UUID.randomUUID();
        ProducerRecord<String, Object> met = record(metId, ticket.toString(), T0.plusSeconds(1800),
                new SlaMet(ticket, clock, SlaTarget.RESOLUTION, Duration.ofMinutes(25), T0.plusSeconds(1800)));
        publish(start);
        publish(copy(start));
        publish(met);
        publish(copy(met));
        UUID opened = UUID.randomUUID();
        publish(TicketEventRecords.ticketOpened(opened, ticket));
        awaitProjected(Subscription.SLA_EVENTS, metId);
        awaitProjected(Subscription.TICKET_EVENTS, opened);
        // the sentinel rides the same partition behind the copies (same key), so they were all consumed by now
        UUID sentinel = publishSla(started(ticket, UUID.randomUUID(), SlaTarget.FIRST_RESPONSE));
        awaitProjected(Subscription.SLA_EVENTS, sentinel);

        assertThat(jdbc.queryForMap("select outcome, version, elapsed_seconds from sla_clock_fact where clock_id = ?", clock))
                .containsEntry("outcome", "MET").containsEntry("version", 2L).containsEntry("elapsed_seconds", 1500L);
        assertThat(jdbc.queryForMap("select resolution_sla, resolution_business_seconds from tickets where ticket_id = ?", ticket))
                .containsEntry("resolution_sla", "MET").containsEntry("resolution_business_seconds", 1500L);
    }

    private UUID publishSla(io.ticketflow.api.sla.SlaEvent event) {
        return publish(event.ticketId().toString(), T0, event);
    }

    private static SlaClockStarted started(UUID ticket, UUID clock, SlaTarget target) {
        return new SlaClockStarted(ticket, clock, target, "default", 1, Duration.ofHours(1), T0.plusSeconds(3600),
                T0.plusSeconds(2880), T0);
    }

    private static ProducerRecord<String, Object> copy(ProducerRecord<String, Object> record) {
        return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray()));
    }
}
