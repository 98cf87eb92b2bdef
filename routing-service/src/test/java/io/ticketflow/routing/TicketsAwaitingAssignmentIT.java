package io.ticketflow.routing;

import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Timestamp;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TicketsAwaitingAssignmentIT extends ConsumerIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketsAwaitingAssignmentIT.class);
    }

    @Test
    void a_ticket_opened_delivered_twice_awaits_assignment_once() {
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        deliverTwice("routing-service", TicketEventRecords.ticketOpened(event, ticket));

        assertThat(jdbc.queryForList("select * from ticket_awaiting_assignment where ticket_id = ?", ticket))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("type", "INCIDENT")
                        .containsEntry("priority", "URGENT")
                        .containsEntry("channel", "WEB")
                        .containsEntry("opened_at", Timestamp.from(TicketEventRecords.OPENED_AT)));
    }
}
