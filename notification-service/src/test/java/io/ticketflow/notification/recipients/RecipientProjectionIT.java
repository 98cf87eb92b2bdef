package io.ticketflow.notification.recipients;

import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipients projection on the real database, events applied as the email reaction applies them. */
class RecipientProjectionIT extends NotificationIntegrationTest {

    @Autowired
    RecipientProjection projection;

    @Autowired
    Recipients recipients;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_ticket_keeps_its_requester_language_subject_owner_team_and_status() {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        apply(new TicketOpened(ticket, "Printer on fire", "It smokes", new Requester("alice@example.com", "Alice",
                        null), TicketType.INCIDENT, Priority.HIGH, Channel.WEB, List.of(), Map.of("language", " de "),
                        Actor.customer("c-1"), now),
                new TicketAssigned(ticket, "a-1", "t-1", "test", Actor.system("routing-service"), now),
                new TicketAwaitingCustomer(ticket, "model?", Actor.agent("a-1"), now));

        TicketRecipients known = recipients.ticket(ticket).orElseThrow();
        assertThat(known.requester()).isEqualTo(new Contact("alice@example.com", "Alice"));
        assertThat(known.language()).isEqualTo("de");
        assertThat(known.subject()).isEqualTo("Printer on fire");
        assertThat(known.assigneeAgentId()).isEqualTo("a-1");
        assertThat(known.teamId()).isEqualTo("t-1");
        assertThat(known.status()).isEqualTo("PENDING");
        assertThat(recipients.contact(RecipientReference.requester(ticket)))
                .contains(new Contact("alice@example.com", "Alice"));

        apply(new TicketUnassigned(ticket, "a-1", "went offline", Actor.system("routing-service"), now));
        assertThat(recipients.ticket(ticket).orElseThrow().assigneeAgentId()).isNull();
        assertThat(recipients.ticket(ticket).orElseThrow().teamId()).isEqualTo("t-1");
    }

    @Test
    void an_agents_latest_profile_and_a_teams_latest_supervisor_count() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        Instant now = Instant.now();
        apply(new AgentRegistered(agent, "Bob", "bob@example.com", List.of(), List.of(), List.of(), 3, now),
                new AgentUpdated(agent, "Robert", "robert@example.com", List.of(), List.of(), List.of(), 3, now),
                new TeamDefined(team, "Printers", agent, RoutingStrategy.MANUAL, now),
                new TeamDefined(team, "Printers", "someone-else", RoutingStrategy.MANUAL, now));

        assertThat(recipients.contact(RecipientReference.agent(agent)))
                .contains(new Contact("robert@example.com", "Robert"));
        assertThat(recipients.supervisorOf(team)).contains("someone-else");
        assertThat(recipients.contact(RecipientReference.agent("nobody-" + UUID.randomUUID()))).isEmpty();
        assertThat(recipients.contact(RecipientReference.requester(UUID.randomUUID()))).isEmpty();
    }

    private void apply(Object... events) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (Object event : events) {
                projection.apply(event);
            }
        });
    }
}
