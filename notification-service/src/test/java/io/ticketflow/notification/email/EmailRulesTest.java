package io.ticketflow.notification.email;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.notification.recipients.Contact;
import io.ticketflow.notification.recipients.TicketRecipients;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmailRulesTest {

    static final UUID TICKET = UUID.fromString("0b5d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final String REQUESTER = "requester:" + TICKET;

    final EmailRules rules = new EmailRules(new EmailProperties("support@example.com", "en", List.of("en", "de"),
            "https://rate.example.com/{ticketId}", "ticketflow"));

    TicketRecipients ticket(String assignee, String team, String language) {
        return new TicketRecipients(TICKET, new Contact("alice@example.com", "Alice"), language, "Printer on fire",
                assignee, team, "OPEN");
    }

    List<EmailRules.Mail> decide(Object event, TicketRecipients ticket, String supervisor) {
        return rules.decide(event, ticket, Optional.ofNullable(supervisor));
    }

    static List<String> to(List<EmailRules.Mail> mails) {
        return mails.stream().map(mail -> mail.kind().code() + " -> " + mail.recipient()).toList();
    }

    @Test
    void an_opened_ticket_is_acknowledged_to_the_requester_in_their_language() {
        List<EmailRules.Mail> mails = decide(opened(), ticket(null, null, "de-CH"), null);

        assertThat(to(mails)).containsExactly("ticket-opened -> " + REQUESTER);
        assertThat(mails.get(0).data()).containsEntry("locale", "de").containsEntry("subject", "Printer on fire")
                .containsEntry("ticketId", TICKET.toString());
    }

    @Test
    void a_language_without_templates_falls_back_to_the_default() {
        assertThat(decide(opened(), ticket(null, null, "pt-BR"), null).get(0).data())
                .containsEntry("locale", "en");
    }

    @Test
    void a_public_agent_reply_goes_to_the_requester_an_internal_note_to_nobody() {
        assertThat(to(decide(reply(MessageVisibility.PUBLIC_REPLY, Actor.agent("a-1")), ticket("a-1", "t", null),
                null))).containsExactly("agent-replied -> " + REQUESTER);
        assertThat(decide(reply(MessageVisibility.INTERNAL_NOTE, Actor.agent("a-1")), ticket("a-1", "t", null), null))
                .isEmpty();
    }

    @Test
    void a_requester_reply_goes_to_the_assignee_and_to_nobody_while_unassigned() {
        assertThat(to(decide(reply(MessageVisibility.PUBLIC_REPLY, Actor.customer("c-1")), ticket("a-1", "t", null),
                null))).containsExactly("requester-replied -> agent:a-1");
        assertThat(decide(reply(MessageVisibility.PUBLIC_REPLY, Actor.customer("c-1")), ticket(null, null, null),
                null)).isEmpty();
    }

    @Test
    void waiting_resolution_and_reopening_go_to_the_requester_with_a_satisfaction_link_on_resolution() {
        assertThat(to(decide(new TicketAwaitingCustomer(TICKET, "model?", Actor.agent("a-1"), NOW),
                ticket("a-1", "t", null), null))).containsExactly("awaiting-customer -> " + REQUESTER);
        List<EmailRules.Mail> resolved = decide(new TicketResolved(TICKET, ResolutionCode.SOLVED, null,
                Actor.agent("a-1"), NOW), ticket("a-1", "t", null), null);
        assertThat(to(resolved)).containsExactly("ticket-resolved -> " + REQUESTER);
        assertThat(resolved.get(0).data()).containsEntry("satisfactionUrl", "https://rate.example.com/" + TICKET);
        assertThat(to(decide(new TicketReopened(TICKET, "not fixed", Actor.agent("a-1"), NOW),
                ticket("a-1", "t", null), null))).containsExactly("ticket-reopened -> " + REQUESTER);
    }

    @Test
    void a_requester_is_not_told_of_their_own_reopening() {
        assertThat(decide(new TicketReopened(TICKET, "still broken", Actor.customer("c-1"), NOW),
                ticket("a-1", "t", null), null)).isEmpty();
    }

    @Test
    void an_assignment_goes_to_the_new_assignee_unless_they_took_it_themselves() {
        assertThat(to(decide(new TicketAssigned(TICKET, "a-2", "t", "skills", Actor.system("routing-service"), NOW),
                ticket("a-2", "t", "de"), null))).containsExactly("ticket-assigned -> agent:a-2");
        assertThat(decide(new TicketAssigned(TICKET, "a-2", "t", "mine", Actor.agent("a-2"), NOW),
                ticket("a-2", "t", null), null)).isEmpty();
    }

    @Test
    void agents_read_the_default_language_whatever_the_requesters() {
        assertThat(decide(new TicketAssigned(TICKET, "a-2", "t", "skills", Actor.system("routing-service"), NOW),
                ticket("a-2", "t", "de"), null).get(0).data()).containsEntry("locale", "en");
    }

    @Test
    void sla_warnings_and_breaches_go_to_the_assignee_and_the_supervisor_once_each() {
        SlaWarningRaised warning = new SlaWarningRaised(TICKET, UUID.randomUUID(), SlaTarget.RESOLUTION, NOW,
                Duration.ofMinutes(10), NOW);
        assertThat(to(decide(warning, ticket("a-1", "t", null), "boss")))
                .containsExactly("sla-warning -> agent:a-1", "sla-warning -> agent:boss");
        SlaBreached breach = new SlaBreached(TICKET, UUID.randomUUID(), SlaTarget.FIRST_RESPONSE, NOW, NOW);
        assertThat(to(decide(breach, ticket("boss", "t", null), "boss"))).containsExactly("sla-breached -> agent:boss");
        assertThat(to(decide(breach, ticket(null, "t", null), "boss"))).containsExactly("sla-breached -> agent:boss");
        assertThat(decide(breach, ticket(null, null, null), null)).isEmpty();
    }

    @Test
    void events_of_tickets_this_service_does_not_know_and_other_events_send_nothing() {
        assertThat(decide(opened(), null, null)).isEmpty();
        assertThat(rules.concerns(new TicketClosed(TICKET, Actor.system("auto"), CloseReason.AUTO_CLOSED, null, NOW)))
                .isFalse();
    }

    static TicketOpened opened() {
        return new TicketOpened(TICKET, "Printer on fire", "It smokes", new Requester("alice@example.com", "Alice", null),
                TicketType.INCIDENT, Priority.HIGH, Channel.EMAIL, List.of(), Map.of(), Actor.customer("c-1"), NOW);
    }

    static MessageAdded reply(MessageVisibility visibility, Actor author) {
        return new MessageAdded(TICKET, UUID.randomUUID(), visibility, author, "text", List.of(), NOW);
    }
}
