package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.TicketUnlinked;
import io.ticketflow.testkit.RealInfrastructure;
import io.ticketflow.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection as plain objects on a real PostgreSQL (no Spring context): events folded in order give the
 * aggregate's view of the ticket, and folding them again (a replay, a redelivery) changes nothing.
 */
@RealInfrastructure
class TicketViewProjectionIT {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Actor AGENT = Actor.agent("a-1");
    private static final Actor REQUESTER = Actor.customer("c-1");

    private static JdbcTemplate jdbc;
    private static TicketViewProjection projection;
    private static TicketViewRepository views;
    private static TicketLinkRepository links;

    @BeforeAll
    static void schema(TestDatabase database) {
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        var messages = new TicketMessageRepository(jdbc);
        links = new TicketLinkRepository(jdbc);
        views = new TicketViewRepository(jdbc, messages, links);
        projection = new TicketViewProjection(views, new TicketViewUpdates(jdbc), messages, links);
    }

    @Test
    void a_replayed_stream_changes_nothing() {
        UUID id = UUID.randomUUID();
        UUID replyId = UUID.randomUUID();
        List<Object> stream = List.of(
                opened(id),
                new TicketAssigned(id, "a-1", "t-1", null, AGENT, T0.plusSeconds(60)),
                new MessageAdded(id, replyId, MessageVisibility.PUBLIC_REPLY, AGENT, "Hello", null, T0.plusSeconds(120)),
                new TicketTagsChanged(id, List.of("vip"), List.of("mail"), AGENT, T0.plusSeconds(180)),
                new TicketAwaitingCustomer(id, "asked", AGENT, T0.plusSeconds(240)),
                new MessageAdded(id, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY, REQUESTER, "Hi", null,
                        T0.plusSeconds(300)),
                new TicketResumed(id, REQUESTER, T0.plusSeconds(300)));

        foldAll(stream);
        TicketView first = views.find(id).orElseThrow();
        foldAll(stream);
        TicketView again = views.find(id).orElseThrow();

        assertThat(first.status()).isEqualTo("OPEN");
        assertThat(first.tags()).containsExactly("login", "vip");
        assertThat(first.firstResponseAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(first.conversation()).extracting(ConversationMessage::authorKind).containsExactly("AGENT", "CUSTOMER");
        assertThat(first.version()).isEqualTo(6);
        assertThat(again).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void links_read_from_both_tickets_at_any_instant_and_a_replay_changes_nothing() {
        UUID incident = UUID.randomUUID();
        UUID problem = UUID.randomUUID();
        UUID change = UUID.randomUUID();
        List<Object> stream = List.of(
                opened(incident),
                new TicketLinked(incident, problem, TicketLinkType.CAUSED_BY, AGENT, T0.plusSeconds(60)),
                new TicketUnlinked(incident, problem, TicketLinkType.CAUSED_BY, AGENT, T0.plusSeconds(120)),
                new TicketLinked(incident, change, TicketLinkType.BLOCKED_BY, AGENT, T0.plusSeconds(180)));
        foldAll(stream);
        foldAll(stream);
        foldAll(List.of(opened(problem)));

        assertThat(views.find(incident).orElseThrow().links())
                .containsExactly(new TicketLink(change, TicketLinkType.BLOCKED_BY, T0.plusSeconds(180)));
        assertThat(views.find(incident).orElseThrow().version()).isEqualTo(3);
        assertThat(views.find(problem).orElseThrow().links()).isEmpty();
        // while the link held, each side read it its own way round
        assertThat(links.asOf(incident, T0.plusSeconds(90)))
                .containsExactly(new TicketLink(problem, TicketLinkType.CAUSED_BY, T0.plusSeconds(60)));
        assertThat(links.asOf(problem, T0.plusSeconds(90)))
                .containsExactly(new TicketLink(incident, TicketLinkType.CAUSES, T0.plusSeconds(60)));
        assertThat(links.asOf(change, T0.plusSeconds(90))).isEmpty();
        assertThat(links.of(change))
                .containsExactly(new TicketLink(incident, TicketLinkType.BLOCKS, T0.plusSeconds(180)));
    }

    @Test
    void an_event_older_than_the_row_is_ignored() {
        UUID id = UUID.randomUUID();
        foldAll(List.of(opened(id), new TicketAwaitingCustomer(id, "asked", AGENT, T0.plusSeconds(60))));
        // a late copy of an earlier event must not drag the status back
        projection.on(new TicketResumed(id, AGENT, T0.plusSeconds(30)), 0);
        assertThat(views.find(id).orElseThrow().status()).isEqualTo("PENDING");
    }

    private void foldAll(List<Object> stream) {
        for (int sequence = 0; sequence < stream.size(); sequence++) {
            fold(stream.get(sequence), sequence);
        }
    }

    // Axon would dispatch by type; Java 17 has no pattern switch, so the test does it by hand
    private void fold(Object event, long sequence) {
        if (event instanceof TicketOpened e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketAssigned e) {
            projection.on(e, sequence);
        } else if (event instanceof MessageAdded e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketTagsChanged e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketAwaitingCustomer e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketResumed e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketLinked e) {
            projection.on(e, sequence);
        } else if (event instanceof TicketUnlinked e) {
            projection.on(e, sequence);
        } else {
            throw new IllegalArgumentException("no handler in this test for " + event);
        }
    }

    private static TicketOpened opened(UUID id) {
        return new TicketOpened(id, "Cannot log in", "", new Requester("bob@example.com", "Bob", null),
                TicketType.INQUIRY, Priority.NORMAL, Channel.EMAIL, List.of("mail", "login"), Map.of(), REQUESTER, T0);
    }
}
