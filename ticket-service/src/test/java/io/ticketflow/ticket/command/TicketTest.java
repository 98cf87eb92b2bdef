package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:15:00Z");
    private static final UUID TICKET = UUID.fromString("6f1c1f0e-8a51-4d8e-9a8a-0c7f4b1d2e3f");
    private static final Actor REQUESTER = Actor.customer("acme-1042");
    private static final Requester ALICE = new Requester("alice@example.com", "Alice", "Acme");

    private AggregateTestFixture<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void opening_a_ticket_records_it_as_opened_now() {
        fixture.givenNoPriorActivity()
                .when(open("Printer on fire", Priority.HIGH, List.of("hardware")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TicketOpened(TICKET, "Printer on fire", "It smokes", ALICE, TicketType.INCIDENT,
                        Priority.HIGH, Channel.WEB, List.of("hardware"), Map.of(), REQUESTER, NOW));
    }

    @Test
    void a_ticket_without_priority_gets_normal() {
        fixture.givenNoPriorActivity()
                .when(open("Question about invoices", null, List.of()))
                .expectEvents(new TicketOpened(TICKET, "Question about invoices", "It smokes", ALICE,
                        TicketType.INCIDENT, Priority.NORMAL, Channel.WEB, List.of(), Map.of(), REQUESTER, NOW));
    }

    @Test
    void a_blank_subject_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(open("   ", Priority.LOW, List.of()))
                .expectNoEvents()
                .expectException(TicketRuleViolation.class)
                .expectExceptionMessage("subject is required");
    }

    @Test
    void a_subject_over_200_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open("x".repeat(201), Priority.LOW, List.of()))
                .expectNoEvents()
                .expectExceptionMessage("subject must be at most 200 characters");
    }

    @Test
    void a_description_over_64_kib_is_refused() {
        var command = new OpenTicketCommand(TICKET, "Big", "é".repeat(32 * 1024 + 1), ALICE, TicketType.INQUIRY,
                null, Channel.EMAIL, List.of(), Map.of(), REQUESTER);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectExceptionMessage("description must be at most 65536 bytes (UTF-8)");
    }

    @Test
    void a_requester_without_a_valid_email_is_refused() {
        var command = new OpenTicketCommand(TICKET, "Hello", "", new Requester("not-an-address", "Bob", null),
                TicketType.INQUIRY, null, Channel.WEB, List.of(), Map.of(), REQUESTER);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectExceptionMessage("requester.email must be an email address");
    }

    @Test
    void tags_must_be_lower_case_words() {
        fixture.givenNoPriorActivity()
                .when(open("Hello", null, List.of("Not A Tag")))
                .expectNoEvents()
                .expectException(TicketRuleViolation.class);
    }

    private static OpenTicketCommand open(String subject, Priority priority, List<String> tags) {
        return new OpenTicketCommand(TICKET, subject, "It smokes", ALICE, TicketType.INCIDENT, priority, Channel.WEB,
                tags, Map.of(), REQUESTER);
    }
}
