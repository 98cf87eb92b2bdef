package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.reporting.ReportingIntegrationTest;
import io.ticketflow.reporting.messaging.Subscription;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The ticket fact projected live: events published on ticketflow.ticket-events as ticket-service publishes them, read
 * back from the tables and compared with what {@link TicketFactWrites} folds from the same events in memory.
 */
class TicketFactProjectionIT extends ReportingIntegrationTest {

    // each test its own stretch of time, far from the others', so that nothing it counts is another's
    private final Instant start = Instant.parse("2010-01-01T00:00:00Z")
            .plus(ThreadLocalRandom.current().nextInt(24 * 365 * 10), ChronoUnit.HOURS);

    @Test
    void a_lifecycle_published_on_kafka_gives_the_fact_and_the_spans_of_the_fold() {
        UUID ticket = UUID.randomUUID();
        TicketStory story = TicketFactFoldTest.lifecycle(ticket, start);

        story.events().forEach(this::publish);
        awaitProjected(Subscription.TICKET_EVENTS, story.last().eventId());

        TicketFactWrites expected = TicketFactWrites.fold(Map.of(), story.events());
        TicketFactRow fact = facts(List.of(ticket)).get(ticket);
        assertThat(fact).isEqualTo(expected.facts().iterator().next());
        assertThat(fact.asMap()).contains(entry("status", "CLOSED"), entry("version", 11L),
                entry("pending_seconds", 600L), entry("resolution_seconds", 1500L),
                entry("first_response_seconds", 180L), entry("reopen_count", 1),
                entry("resolved_at", start.plusSeconds(1500)), entry("first_resolved_at", start.plusSeconds(1080)));
        assertThat(spans(List.of(ticket))).containsExactlyElementsOf(expected.spans()).hasSize(8);
    }

    @Test
    void an_event_delivered_twice_is_folded_once() {
        UUID ticket = UUID.randomUUID();
        TicketStory story = TicketStory.opened(ticket, start).afterSeconds(60)
                .escalated(1, EscalationTrigger.MANUAL, null);
        Envelope<TicketEvent> escalated = story.last();
        publish(story.events().get(0));
        publish(escalated);
        publish(escalated);
        // after the second copy in the ticket's partition: once it is folded, so is the copy
        story.afterSeconds(60).agentReplied("agent-1");
        publish(story.last());
        awaitProjected(Subscription.TICKET_EVENTS, story.last().eventId());

        TicketFactRow fact = facts(List.of(ticket)).get(ticket);
        assertThat(fact.version).isEqualTo(3);
        assertThat(fact.escalationCount).isEqualTo(1);
        assertThat(fact.publicReplies).isEqualTo(1);
        assertThat(escalations(List.of(ticket))).hasSize(1);
        assertThat(fact).isEqualTo(TicketFactWrites.fold(Map.of(), story.events()).facts().iterator().next());
    }

    @Test
    void an_event_of_a_ticket_reporting_never_saw_opened_is_skipped_and_the_partition_flows_on() {
        UUID orphan = UUID.randomUUID();
        TicketStory story = TicketStory.of(orphan, start).assigned("agent-1", "team-a");
        publish(story.last());
        TicketStory after = TicketStory.opened(orphan, start.plusSeconds(60)); // a late opening is folded as usual
        publish(after.last());
        awaitProjected(Subscription.TICKET_EVENTS, after.last().eventId());

        TicketFactRow fact = facts(List.of(orphan)).get(orphan);
        assertThat(fact.version).isEqualTo(1);
        assertThat(fact.assigneeId).isNull();
        assertThat(spans(List.of(orphan))).hasSize(1);
    }

    @Test
    void a_burst_over_many_tickets_published_at_once_ends_exactly_as_the_fold_in_memory() {
        Random random = new Random(start.getEpochSecond());
        String team = unique("team");
        List<TicketStory> stories = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            stories.add(randomStory(UUID.randomUUID(), start.plusSeconds(random.nextInt(600)), team, random));
        }
        List<Envelope<TicketEvent>> interleaved = interleave(stories);
        assertThat(interleaved).hasSizeGreaterThanOrEqualTo(300);

        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Envelope<TicketEvent> envelope : interleaved) {
            sent.add(kafka.send(record(envelope)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        stories.forEach(story -> awaitProjected(Subscription.TICKET_EVENTS, story.last().eventId()));

        List<UUID> tickets = stories.stream().map(story -> story.ticketId).toList();
        TicketFactWrites expected = TicketFactWrites.fold(Map.of(), interleaved);
        Map<UUID, TicketFactRow> facts = facts(tickets);
        assertThat(facts).hasSize(30);
        expected.facts().forEach(fact -> assertThat(facts.get(fact.ticketId)).isEqualTo(fact));
        assertThat(spans(tickets)).containsExactlyInAnyOrderElementsOf(expected.spans());
        assertThat(escalations(tickets)).containsExactlyInAnyOrderElementsOf(expected.escalations());
    }

    @Test
    void the_backlog_as_of_a_past_instant_is_read_from_the_spans() {
        String team = unique("team");
        TicketStory waiting = TicketStory.opened(UUID.randomUUID(), start)
                .afterSeconds(3600).assigned("agent-1", team)
                .afterSeconds(3600).awaitingCustomer()
                .afterSeconds(3 * 3600).resumed(TicketStory.CUSTOMER)
                .afterSeconds(3600).resolved(Actor.agent("agent-1"));
        TicketStory resolvedBefore = TicketStory.opened(UUID.randomUUID(), start.plusSeconds(1800))
                .afterSeconds(3600).assigned("agent-2", team)
                .afterSeconds(3600).resolved(Actor.agent("agent-2"));
        TicketStory onHold = TicketStory.opened(UUID.randomUUID(), start)
                .afterSeconds(600).assigned("agent-2", team)
                .afterSeconds(600).priority(Priority.URGENT, Priority.HIGH)
                .afterSeconds(9600).putOnHold();
        TicketStory assignedLater = TicketStory.opened(UUID.randomUUID(), start.plusSeconds(1200))
                .afterSeconds(4 * 3600).assigned("agent-1", team);
        TicketStory openedLater = TicketStory.opened(UUID.randomUUID(), start.plusSeconds(5 * 3600));
        List<TicketStory> stories = List.of(waiting, resolvedBefore, onHold, assignedLater, openedLater);
        stories.forEach(story -> story.events().forEach(this::publish));
        stories.forEach(story -> awaitProjected(Subscription.TICKET_EVENTS, story.last().eventId()));

        Instant asOf = start.plusSeconds(3 * 3600 + 1800);
        Map<UUID, String> statusAsOf = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select ticket_id, status, team_id, priority from ticket_status_span
                    where ticket_id = any(?) and valid_from <= ? and (valid_to is null or valid_to > ?)""");
            statement.setArray(1, connection.createArrayOf("uuid", ids(stories).toArray()));
            statement.setTimestamp(2, Timestamp.from(asOf));
            statement.setTimestamp(3, Timestamp.from(asOf));
            return statement;
        }, (ResultSet row) -> {
            statusAsOf.put(row.getObject("ticket_id", UUID.class), row.getString("status") + "/"
                    + row.getString("team_id") + "/" + row.getString("priority"));
        });

        assertThat(statusAsOf).containsOnly(
                entry(waiting.ticketId, "PENDING/" + team + "/URGENT"),
                entry(resolvedBefore.ticketId, "RESOLVED/" + team + "/URGENT"),
                entry(onHold.ticketId, "ON_HOLD/" + team + "/HIGH"),
                entry(assignedLater.ticketId, "NEW/null/URGENT"));
    }

    /** A ticket's story of about ten events, its steps and their spacing drawn from {@code random}. */
    private static TicketStory randomStory(UUID ticketId, Instant openedAt, String team, Random random) {
        TicketStory story = TicketStory.opened(ticketId, openedAt);
        switch (random.nextInt(3)) {
            case 0 -> story.afterSeconds(1 + random.nextInt(300)).assigned("agent-1", team)
                    .afterSeconds(1 + random.nextInt(300)).agentReplied("agent-1")
                    .afterSeconds(1 + random.nextInt(300)).awaitingCustomer()
                    .afterSeconds(1 + random.nextInt(3000)).customerReplied().resumed(TicketStory.CUSTOMER)
                    .afterSeconds(1 + random.nextInt(300)).putOnHold()
                    .afterSeconds(1 + random.nextInt(3000)).resumed(Actor.agent("agent-1"))
                    .afterSeconds(1 + random.nextInt(300)).resolved(Actor.agent("agent-1"))
                    .afterSeconds(1 + random.nextInt(300)).rated(1 + random.nextInt(5));
            case 1 -> story.afterSeconds(1 + random.nextInt(300)).noted("agent-2")
                    .afterSeconds(1 + random.nextInt(300)).escalated(1, EscalationTrigger.SLA_WARNING, team)
                    .afterSeconds(1 + random.nextInt(300)).assigned("agent-2", team)
                    .afterSeconds(1 + random.nextInt(300)).priority(Priority.URGENT, Priority.HIGH)
                    .afterSeconds(1 + random.nextInt(300)).escalated(2, EscalationTrigger.SLA_BREACH, null)
                    .afterSeconds(1 + random.nextInt(300)).unassigned("agent-2")
                    .afterSeconds(1 + random.nextInt(300)).assigned("agent-3", team)
                    .afterSeconds(1 + random.nextInt(300)).tagsChanged(List.of("escalated"), List.of("vpn"))
                    .afterSeconds(1 + random.nextInt(300)).agentReplied("agent-3");
            default -> story.afterSeconds(1 + random.nextInt(300)).assigned("agent-4", team)
                    .afterSeconds(1 + random.nextInt(300)).resolved(TicketStory.ROUTING)
                    .afterSeconds(1 + random.nextInt(300)).reopened(TicketStory.CUSTOMER)
                    .afterSeconds(1 + random.nextInt(300)).linked(UUID.randomUUID())
                    .afterSeconds(1 + random.nextInt(300)).agentReplied("agent-4")
                    .afterSeconds(1 + random.nextInt(300)).resolved(Actor.agent("agent-4"))
                    .afterSeconds(1 + random.nextInt(300)).rated(1 + random.nextInt(5))
                    .afterSeconds(1 + random.nextInt(300)).closed()
                    .afterSeconds(1 + random.nextInt(300)).open(TicketType.INQUIRY,
                            Priority.LOW, Channel.API); // a duplicate opening: ignored
        }
        return story;
    }

    /** Every story's events, taking one of each story in turn: per ticket in order, tickets mixed. */
    private static List<Envelope<TicketEvent>> interleave(List<TicketStory> stories) {
        List<Envelope<TicketEvent>> all = new ArrayList<>();
        for (int step = 0; all.size() < stories.stream().mapToInt(story -> story.events().size()).sum(); step++) {
            for (TicketStory story : stories) {
                if (step < story.events().size()) {
                    all.add(story.events().get(step));
                }
            }
        }
        return all;
    }

    private void publish(Envelope<TicketEvent> envelope) {
        publish(record(envelope));
    }

    private static ProducerRecord<String, Object> record(Envelope<TicketEvent> envelope) {
        return record(envelope.eventId(), envelope.key(), envelope.occurredAt(), envelope.payload());
    }

    private Map<UUID, TicketFactRow> facts(List<UUID> tickets) {
        Map<UUID, TicketFactRow> facts = new HashMap<>();
        select("select * from ticket_fact where ticket_id = any(?)", tickets, (row, n) -> TicketFactTables.fact(row))
                .forEach(fact -> facts.put(fact.ticketId, fact));
        return facts;
    }

    private List<TicketStatusSpan> spans(List<UUID> tickets) {
        return select("select * from ticket_status_span where ticket_id = any(?) order by ticket_id, seq", tickets,
                (row, n) -> TicketFactTables.span(row));
    }

    private List<TicketEscalationRow> escalations(List<UUID> tickets) {
        return select("select * from ticket_escalation where ticket_id = any(?)", tickets,
                (row, n) -> TicketFactTables.escalation(row));
    }

    private <T> List<T> select(String sql, List<UUID> tickets, RowMapper<T> mapper) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("uuid", tickets.toArray()));
            return statement;
        }, mapper);
    }

    private static List<UUID> ids(List<TicketStory> stories) {
        return stories.stream().map(story -> story.ticketId).toList();
    }
}
