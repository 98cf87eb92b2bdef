package io.ticketflow.notification;

import io.ticketflow.messaging.testing.ConsumerIntegrationTest;
import io.ticketflow.messaging.testing.TicketEventRecords;
import io.ticketflow.testkit.spring.SpringInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventsInboxIT extends ConsumerIntegrationTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SpringInfrastructure.register(registry, TicketEventsInboxIT.class);
    }

    @Test
    void a_ticket_opened_delivered_twice_is_claimed_once() {
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        deliverTwice("notification-service", TicketEventRecords.ticketOpened(event, ticket));

        assertThat(claims("notification-service", event)).isEqualTo(1);
    }
}
