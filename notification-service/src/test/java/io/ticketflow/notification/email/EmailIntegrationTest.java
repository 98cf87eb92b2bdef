package io.ticketflow.notification.email;

import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Topics;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.notification.NotificationIntegrationTest;
import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.notification.recipients.Recipients;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the email ITs share, in the service's one test context: events published on the real topics as their
 * owners publish them, agents and teams made known first, and the test SMTP server's mails read back. Every
 * address and id is fresh, so tests never see each other's mails.
 */
abstract class EmailIntegrationTest extends NotificationIntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final SmtpTestServer smtp = SmtpTestServer.shared();

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Recipients recipients;

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    TicketOpened opened(UUID ticketId, String requesterEmail, Map<String, String> customFields) {
        return new TicketOpened(ticketId, "Printer on fire", "It smokes",
                new Requester(requesterEmail, "Alice Example", "Acme"), TicketType.INCIDENT, Priority.HIGH,
                Channel.EMAIL, List.of(), customFields, Actor.customer("alice"), Instant.now());
    }

    /** Publishes an event as its owner would, under a fresh event id; answers the envelope. */
    Envelope<Object> publish(String topic, String key, Object event) {
        MessageType type = MessageCatalog.of(event.getClass());
        Envelope<Object> envelope = new Envelope<>(UUID.randomUUID(), type.name(), type.revision(), Instant.now(),
                "it-" + key, "default", key, event);
        publish(topic, envelope);
        return envelope;
    }

    Envelope<Object> ticketEvent(UUID ticketId, Object event) {
        return publish(Topics.TICKET_EVENTS, ticketId.toString(), event);
    }

    void publish(String topic, Envelope<Object> envelope) {
        kafka.send(EnvelopeRecords.toProducerRecord(topic, envelope)).join();
    }

    /** An agent the service knows the address of, once this returns. */
    String agent(String email) {
        String agentId = "agent-" + UUID.randomUUID();
        publish(Topics.AGENT_EVENTS, agentId, new AgentRegistered(agentId, "Agent Smith", email, List.of(),
                List.of(), List.of("en"), 5, Instant.now()));
        Awaitility.await("agent projected").atMost(PATIENCE)
                .until(() -> recipients.contact(RecipientReference.agent(agentId)).isPresent());
        return agentId;
    }

    /** A team the service knows the supervisor of, once this returns. */
    String team(String supervisorAgentId) {
        String teamId = "team-" + UUID.randomUUID();
        publish(Topics.AGENT_EVENTS, teamId, new TeamDefined(teamId, "Team " + teamId, supervisorAgentId,
                RoutingStrategy.MANUAL, Instant.now()));
        Awaitility.await("team projected").atMost(PATIENCE)
                .until(() -> recipients.supervisorOf(teamId).isPresent());
        return teamId;
    }

    /** Waits for {@code count} mails to an address; answers them in arrival order. */
    List<MimeMessage> awaitMails(String address, int count) {
        return Awaitility.await(count + " mail(s)").atMost(PATIENCE).until(() -> smtp.mailsTo(address),
                mails -> mails.size() >= count);
    }

    /** The mail of one kind to an address, waited for; identified by its subject line's marker. */
    MimeMessage awaitMail(String address, String subjectPart) {
        return Awaitility.await("mail with " + subjectPart).atMost(PATIENCE).until(() -> smtp.mailsTo(address).stream()
                .filter(mail -> subject(mail).contains(subjectPart)).findFirst(), Optional::isPresent).get();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
