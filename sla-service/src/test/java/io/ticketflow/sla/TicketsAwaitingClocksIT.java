package io.ticketflow.sla;

import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Timestamp;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TicketsAwaitingClocksIT extends ConsumerIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketsAwaitingClocksIT.class);
    }

    @Test
    void a_ticket_opened_delivered_twice_awaits_its_clocks_once() {
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        deliverTwice("sla-service", TicketEventRecords.ticketOpened(event, ticket));

        assertThat(jdbc.queryForList("select * from ticket_awaiting_clocks where ticket_id = ?", ticket))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("type", "INCIDENT")
                        .containsEntry("priority", "URGENT")
                        .containsEntry("opened_at", Timestamp.from(TicketEventRecords.OPENED_AT)));
    }
}
