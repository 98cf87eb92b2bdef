package io.ticketflow.notification.email;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.wire.Topics;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets which mail, end to end: events on the real topics, the service's consumers and delivery workers, and a
 * real SMTP server that keeps what it accepted.
 */
class EmailNotificationsIT extends EmailIntegrationTest {

    @Test
    void an_opened_ticket_is_acknowledged_to_the_requester_with_its_reference_and_starts_the_thread()
            throws Exception {
        UUID ticket = UUID.randomUUID();
        String requester = address("requester");

        ticketEvent(ticket, opened(ticket, requester, Map.of()));

        MimeMessage mail = awaitMails(requester, 1).get(0);
        String reference = ticket.toString().substring(0, 8);
        assertThat(mail.getSubject()).isEqualTo("[#" + reference + "] Printer on fire");
        assertThat(mail.getHeader("Message-ID")).containsExactly("<ticket-" + ticket + "@ticketflow>");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text(parts.getBodyPart(0))).contains("#" + reference).contains("Hello Alice Example");
        assertThat(text(parts.getBodyPart(1))).contains("#" + reference).contains("<html lang=\"en\"");
    }

    @Test
    void a_requester_whose_ticket_is_in_german_is_written_to_in_german() throws Exception {
        UUID ticket = UUID.randomUUID();
        String requester = address("requester");

        ticketEvent(ticket, opened(ticket, requester, Map.of("language", "de-AT")));

        MimeMessage mail = awaitMails(requester, 1).get(0);
        assertThat(text(((Multipart) mail.getContent()).getBodyPart(0))).contains("Hallo Alice Example")
                .contains("wir haben Ihre Anfrage");
    }

    @Test
    void the_assignee_hears_of_the_assignment_and_of_the_requesters_replies_not_of_internal_notes()
            throws Exception {
        String assigneeAddress = address("assignee");
        String assignee = agent(assigneeAddress);
        UUID ticket = UUID.randomUUID();

        ticketEvent(ticket, opened(ticket, address("requester"), Map.of()));
        ticketEvent(ticket, new TicketAssigned(ticket, assignee, "team-x", "test", Actor.system("routing-service"),
                Instant.now()));
        ticketEvent(ticket, new MessageAdded(ticket, UUID.randomUUID(), MessageVisibility.INTERNAL_NOTE,
                Actor.agent("someone-else"), "a note", List.of(), Instant.now()));
        ticketEvent(ticket, new MessageAdded(ticket, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                Actor.customer("alice"), "It still smokes.", List.of(), Instant.now()));

        // mails are sent in parallel: their order of arrival is not the events'
        List<MimeMessage> mails = awaitMails(assigneeAddress, 2);
        assertThat(mails).extracting(EmailIntegrationTest::subject).containsExactlyInAnyOrder(
                "[#" + ticket.toString().substring(0, 8) + "] Assigned to you: Printer on fire",
                "[#" + ticket.toString().substring(0, 8) + "] Requester replied: Printer on fire");
        MimeMessage reply = awaitMail(assigneeAddress, "Requester replied");
        assertThat(text(((Multipart) reply.getContent()).getBodyPart(0))).contains("It still smokes.");
        for (MimeMessage mail : mails) {
            assertThat(mail.getHeader("In-Reply-To")).containsExactly("<ticket-" + ticket + "@ticketflow>");
        }
    }

    @Test
    void an_agents_public_reply_and_the_resolution_reach_the_requester_in_the_tickets_thread() throws Exception {
        UUID ticket = UUID.randomUUID();
        String requester = address("requester");

        ticketEvent(ticket, opened(ticket, requester, Map.of()));
        ticketEvent(ticket, new MessageAdded(ticket, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                Actor.agent("agent-1"), "Please unplug it.", List.of(), Instant.now()));
        ticketEvent(ticket, new TicketResolved(ticket, ResolutionCode.SOLVED, "unplugged", Actor.agent("agent-1"),
                Instant.now()));

        assertThat(awaitMails(requester, 3)).hasSize(3);
        String root = "<ticket-" + ticket + "@ticketflow>";
        // an agent's reply keeps the ticket's subject line, as a reply in the thread would
        MimeMessage reply = smtp.mailsTo(requester).stream().filter(mail -> !subject(mail).contains(":")
                && !root.equals(messageId(mail))).findFirst().orElseThrow();
        assertThat(text(((Multipart) reply.getContent()).getBodyPart(0))).contains("Please unplug it.");
        assertThat(reply.getHeader("Message-ID")).singleElement().asString().endsWith("@ticketflow>")
                .isNotEqualTo(root);
        assertThat(reply.getHeader("In-Reply-To")).containsExactly(root);
        assertThat(reply.getHeader("References")).containsExactly(root);
        MimeMessage resolved = awaitMail(requester, "Resolved:");
        assertThat(text(((Multipart) resolved.getContent()).getBodyPart(1)))
                .contains("href=\"http://localhost:8080/rate/" + ticket + "\"");
    }

    @Test
    void an_sla_breach_reaches_the_assignee_and_the_teams_supervisor() throws Exception {
        String assigneeAddress = address("assignee");
        String supervisorAddress = address("supervisor");
        String assignee = agent(assigneeAddress);
        String team = team(agent(supervisorAddress));
        UUID ticket = UUID.randomUUID();
        ticketEvent(ticket, opened(ticket, address("requester"), Map.of()));
        ticketEvent(ticket, new TicketAssigned(ticket, assignee, team, "test", Actor.system("routing-service"),
                Instant.now()));
        awaitMail(assigneeAddress, "Assigned to you"); // the ticket's team is known from here on

        publish(Topics.SLA_EVENTS, ticket.toString(), new SlaBreached(ticket, UUID.randomUUID(),
                SlaTarget.FIRST_RESPONSE, Instant.now(), Instant.now()));

        assertThat(awaitMail(assigneeAddress, "SLA breached").getHeader("In-Reply-To"))
                .containsExactly("<ticket-" + ticket + "@ticketflow>");
        assertThat(subject(awaitMail(supervisorAddress, "SLA breached")))
                .isEqualTo("[#" + ticket.toString().substring(0, 8) + "] SLA breached: Printer on fire");
    }

    @Test
    void an_sla_breach_consumed_before_its_ticket_is_mailed_once_the_ticket_has_an_owner() throws Exception {
        String assigneeAddress = address("assignee");
        String supervisorAddress = address("supervisor");
        String assignee = agent(assigneeAddress);
        String team = team(agent(supervisorAddress));
        UUID ticket = UUID.randomUUID();
        // the SLA topic is ahead of the ticket topic: the breach comes first, then the opening, then the assignment
        publish(Topics.SLA_EVENTS, ticket.toString(), new SlaBreached(ticket, UUID.randomUUID(),
                SlaTarget.FIRST_RESPONSE, Instant.now(), Instant.now()));
        Awaitility.await("the breach waiting for its ticket").atMost(PATIENCE).until(() -> pendingFor(ticket) == 1);
        String requester = address("requester");
        ticketEvent(ticket, opened(ticket, requester, Map.of()));
        awaitMail(requester, ""); // the ticket is known now, still without an owner: the breach keeps waiting
        assertThat(pendingFor(ticket)).isEqualTo(1);
        ticketEvent(ticket, new TicketAssigned(ticket, assignee, team, "test", Actor.system("routing-service"),
                Instant.now()));

        awaitMail(assigneeAddress, "SLA breached");
        awaitMail(supervisorAddress, "SLA breached");
        assertThat(pendingFor(ticket)).isZero();
    }

    private long pendingFor(UUID ticket) {
        return jdbc.queryForObject("select count(*) from pending_sla_mail where ticket_id = ?", Long.class, ticket);
    }

    static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(BodyPart part) throws Exception {
        return (String) part.getContent();
    }
}
