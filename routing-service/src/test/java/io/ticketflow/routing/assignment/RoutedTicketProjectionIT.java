package io.ticketflow.routing.assignment;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing's view of tickets and the agents' loads, from ticket events delivered more than once. */
class RoutedTicketProjectionIT extends ConsumerIntegrationTest {

    private static final String CONSUMER = "routing-service";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, RoutedTicketProjectionIT.class);
    }

    @Test
    void a_persons_assignment_counts_once_toward_the_agents_load_and_resolving_frees_it() {
        UUID ticket = UUID.randomUUID();
        String agent = "carol-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = TicketEventRecords.OPENED_AT.plusSeconds(60);

        deliverTwice(CONSUMER, TicketEventRecords.ticketOpened(UUID.randomUUID(), ticket));
        deliverTwice(CONSUMER, record(new TicketAssigned(ticket, agent, "hardware", null, Actor.agent(agent), at)));

        assertThat(jdbc.queryForMap("SELECT status, agent_id, team_id FROM routed_ticket WHERE ticket_id = ?", ticket))
                .containsEntry("status", "OPEN").containsEntry("agent_id", agent).containsEntry("team_id", "hardware");
        assertThat(load(agent)).isEqualTo(1);

        deliverTwice(CONSUMER, record(new TicketResolved(ticket, ResolutionCode.SOLVED, null, Actor.agent(agent),
                at.plusSeconds(60))));
        assertThat(load(agent)).isZero();
        assertThat(jdbc.queryForObject("SELECT need FROM routed_ticket WHERE ticket_id = ?", String.class, ticket))
                .isEqualTo("NONE");
    }

    private int load(String agent) {
        return jdbc.queryForObject("SELECT active_tickets FROM agent_load WHERE agent_id = ?", Integer.class, agent);
    }

    private static ProducerRecord<String, Object> record(TicketEvent event) {
        var type = MessageCatalog.of(event.getClass());
        return EnvelopeRecords.toProducerRecord(Topics.TICKET_EVENTS, new Envelope<>(UUID.randomUUID(), type.name(),
                type.revision(), Instant.now(), "it-" + UUID.randomUUID(), "default", event.ticketId().toString(),
                event));
    }
}
