package io.ticketflow.reporting.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TicketFactFoldTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final long OPEN_ENDED = -1;

    final UUID ticket = UUID.randomUUID();

    @Test
    void a_ticket_opened_starts_the_fact_new_with_its_dimensions_and_its_first_span() {
        TicketStory story = TicketStory.opened(ticket, T0);

        TicketFactWrites writes = fold(story);

        TicketFactRow fact = only(writes);
        assertThat(fact.ticketId).isEqualTo(ticket);
        assertThat(fact.type).isEqualTo("INCIDENT");
        assertThat(fact.priority).isEqualTo("URGENT");
        assertThat(fact.initialPriority).isEqualTo("URGENT");
        assertThat(fact.channel).isEqualTo("WEB");
        assertThat(fact.status).isEqualTo("NEW");
        assertThat(fact.tags).containsExactly("login", "vpn");
        assertThat(fact.requesterOrganisation).isEqualTo("Acme");
        assertThat(fact.openedAt).isEqualTo(T0);
        assertThat(fact.statusSince).isEqualTo(T0);
        assertThat(fact.version).isEqualTo(1);
        assertThat(fact.lastEventId).isEqualTo(story.last().eventId());
        assertThat(fact.lastEventAt).isEqualTo(T0);
        assertThat(fact.asMap().values()).doesNotContain("ada@example.org", "Ada Lovelace", "Cannot log in");
        assertThat(writes.spans()).containsExactly(
                new TicketStatusSpan(ticket, 1, "NEW", null, null, "URGENT", "INCIDENT", "WEB", T0, T0, null));
        assertThat(writes.escalations()).isEmpty();
    }

    @Test
    void a_second_ticket_opened_of_a_ticket_leaves_the_first_standing() {
        TicketStory story = TicketStory.opened(ticket, T0).afterSeconds(60).assigned("agent-1", "team-a")
                .afterSeconds(60).open(TicketType.BUG_REPORT, Priority.LOW, Channel.EMAIL);
        TicketFactRow before = only(fold(TicketStory.opened(ticket, T0)));

        assertThat(TicketFactFold.fold(before, story.last())).isEmpty();
        TicketFactRow fact = only(fold(story));
        assertThat(fact.type).isEqualTo("INCIDENT");
        assertThat(fact.priority).isEqualTo("URGENT");
        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(fact.version).isEqualTo(2);
    }

    @Test
    void an_event_of_a_ticket_without_a_fact_is_skipped() {
        TicketStory orphan = TicketStory.of(ticket, T0).assigned("agent-1", "team-a").resolved(Actor.agent("agent-1"));

        assertThat(TicketFactFold.fold(null, orphan.last())).isEmpty();
        TicketFactWrites writes = fold(orphan);
        assertThat(writes.facts()).isEmpty();
        assertThat(writes.spans()).isEmpty();
    }

    @Test
    void categorizing_replaces_type_category_and_the_whole_tag_set() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).afterSeconds(10)
                .categorized(TicketType.SERVICE_REQUEST, "network/vpn", List.of("vpn", "remote"))));

        assertThat(fact.type).isEqualTo("SERVICE_REQUEST");
        assertThat(fact.category).isEqualTo("network/vpn");
        assertThat(fact.tags).containsExactly("vpn", "remote");
    }

    @Test
    void a_tag_change_is_a_delta_on_the_tags_the_ticket_has() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).afterSeconds(10)
                .tagsChanged(List.of("urgent-customer", "login"), List.of("login"))));

        // as the aggregate does: remove first, then add, keeping the order tags came in
        assertThat(fact.tags).containsExactly("vpn", "urgent-customer", "login");
    }

    @Test
    void a_priority_change_sets_the_priority_keeps_the_initial_one_and_starts_a_span() {
        TicketFactWrites writes = fold(TicketStory.opened(ticket, T0).afterSeconds(30)
                .priority(Priority.URGENT, Priority.HIGH));

        TicketFactRow fact = only(writes);
        assertThat(fact.priority).isEqualTo("HIGH");
        assertThat(fact.initialPriority).isEqualTo("URGENT");
        assertThat(writes.spans()).extracting(TicketStatusSpan::seq, TicketStatusSpan::priority,
                TicketStatusSpan::validTo).containsExactly(
                tuple(1, "URGENT", T0.plusSeconds(30)),
                tuple(2, "HIGH", null));
    }

    @Test
    void an_assignment_opens_a_new_ticket_and_the_first_one_is_its_first_assignment() {
        TicketStory story = TicketStory.opened(ticket, T0).afterSeconds(20).assigned("agent-1", "team-a")
                .afterSeconds(40).assigned("agent-2", "team-b");

        TicketFactRow fact = only(fold(story));

        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(fact.assigneeId).isEqualTo("agent-2");
        assertThat(fact.teamId).isEqualTo("team-b");
        assertThat(fact.firstAssignedAt).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void an_assignment_leaves_a_waiting_ticket_waiting() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).awaitingCustomer().afterSeconds(5)
                .assigned("agent-1", "team-a")));

        assertThat(fact.status).isEqualTo("PENDING");
    }

    @Test
    void an_unassignment_takes_the_agent_and_leaves_the_team_and_the_status() {
        TicketFactWrites writes = fold(TicketStory.opened(ticket, T0).assigned("agent-1", "team-a")
                .afterSeconds(60).unassigned("agent-1"));

        TicketFactRow fact = only(writes);
        assertThat(fact.assigneeId).isNull();
        assertThat(fact.teamId).isEqualTo("team-a");
        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(writes.spans()).extracting(TicketStatusSpan::assigneeId).containsExactly(null, "agent-1", null);
    }

    @Test
    void an_agents_first_public_reply_is_the_first_response_and_opens_a_new_ticket() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).afterSeconds(90).agentReplied("agent-1")
                .afterSeconds(90).agentReplied("agent-1")));

        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(fact.firstResponseAt).isEqualTo(T0.plusSeconds(90));
        assertThat(fact.firstResponseSeconds).isEqualTo(90);
        assertThat(fact.publicReplies).isEqualTo(2);
    }

    @Test
    void a_customer_reply_or_an_internal_note_is_no_response_and_does_not_open_the_ticket() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).afterSeconds(10).customerReplied()
                .afterSeconds(10).noted("agent-1")));

        assertThat(fact.status).isEqualTo("NEW");
        assertThat(fact.firstResponseAt).isNull();
        assertThat(fact.firstResponseSeconds).isNull();
        assertThat(fact.publicReplies).isEqualTo(1);
        assertThat(fact.internalNotes).isEqualTo(1);
    }

    @Test
    void time_pending_and_on_hold_accumulates_per_stay_and_counts_each_stay_once() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).assigned("agent-1", "team-a")
                .afterSeconds(10).awaitingCustomer()
                .afterSeconds(100).resumed(TicketStory.CUSTOMER)
                .afterSeconds(10).putOnHold()
                .afterSeconds(50).awaitingCustomer()      // straight from on hold to pending, as the aggregate allows
                .afterSeconds(30).assigned("agent-2", "team-a") // a new owner while pending: still the same stay
                .afterSeconds(20).resumed(Actor.agent("agent-2"))));

        assertThat(fact.pendingCount).isEqualTo(2);
        assertThat(fact.pendingSeconds).isEqualTo(150);
        assertThat(fact.onHoldCount).isEqualTo(1);
        assertThat(fact.onHoldSeconds).isEqualTo(50);
        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(fact.statusSince).isEqualTo(T0.plusSeconds(220));
    }

    @Test
    void a_stay_still_going_counts_but_adds_no_time_yet_and_resolving_ends_it() {
        TicketStory story = TicketStory.opened(ticket, T0).afterSeconds(10).putOnHold();
        assertThat(only(fold(story)).onHoldCount).isEqualTo(1);
        assertThat(only(fold(story)).onHoldSeconds).isZero();

        TicketFactRow fact = only(fold(story.afterSeconds(45).resolved(Actor.agent("agent-1"))));
        assertThat(fact.onHoldSeconds).isEqualTo(45);
    }

    @Test
    void a_resolution_by_an_agent_is_theirs_and_one_by_the_platform_the_assignees() {
        TicketStory story = TicketStory.opened(ticket, T0).assigned("agent-1", "team-a").afterSeconds(3600)
                .resolved(Actor.agent("agent-9"));
        TicketFactRow byAgent = only(fold(story));
        assertThat(byAgent.status).isEqualTo("RESOLVED");
        assertThat(byAgent.resolvedAt).isEqualTo(T0.plusSeconds(3600));
        assertThat(byAgent.firstResolvedAt).isEqualTo(T0.plusSeconds(3600));
        assertThat(byAgent.resolutionSeconds).isEqualTo(3600);
        assertThat(byAgent.resolutionCode).isEqualTo("SOLVED");
        assertThat(byAgent.resolvedByAgentId).isEqualTo("agent-9");

        TicketFactRow bySystem = only(fold(TicketStory.opened(ticket, T0).assigned("agent-1", "team-a")
                .resolved(Actor.system("intake"))));
        assertThat(bySystem.resolvedByAgentId).isEqualTo("agent-1");
    }

    @Test
    void a_reopening_clears_the_latest_resolution_and_keeps_the_first() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).assigned("agent-1", "team-a")
                .afterSeconds(100).resolved(Actor.agent("agent-1"))
                .afterSeconds(100).reopened(TicketStory.CUSTOMER)));

        assertThat(fact.status).isEqualTo("OPEN");
        assertThat(fact.resolvedAt).isNull();
        assertThat(fact.resolutionSeconds).isNull();
        assertThat(fact.firstResolvedAt).isEqualTo(T0.plusSeconds(100));
        assertThat(fact.reopenedAt).isEqualTo(T0.plusSeconds(200));
        assertThat(fact.reopenCount).isEqualTo(1);
    }

    @Test
    void a_closure_records_when_and_why() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).resolved(Actor.agent("agent-1"))
                .afterSeconds(600).closed()));

        assertThat(fact.status).isEqualTo("CLOSED");
        assertThat(fact.closedAt).isEqualTo(T0.plusSeconds(600));
        assertThat(fact.closeReason).isEqualTo("AUTO_CLOSED");
        assertThat(fact.mergedInto).isNull();
    }

    @Test
    void a_merge_closes_the_ticket_into_its_target() {
        UUID target = UUID.randomUUID();

        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).afterSeconds(5).mergedInto(target)));

        assertThat(fact.status).isEqualTo("CLOSED");
        assertThat(fact.closeReason).isEqualTo("MERGED");
        assertThat(fact.mergedInto).isEqualTo(target);
        assertThat(fact.version).isEqualTo(3);
    }

    @Test
    void each_escalation_is_a_row_and_the_fact_keeps_their_count_and_highest_level_but_not_their_team() {
        TicketStory story = TicketStory.opened(ticket, T0).assigned("agent-1", "team-a")
                .afterSeconds(60).escalated(1, EscalationTrigger.SLA_WARNING, "team-leads")
                .afterSeconds(60).escalated(2, EscalationTrigger.SLA_BREACH, null);

        TicketFactWrites writes = fold(story);

        TicketFactRow fact = only(writes);
        assertThat(fact.escalationCount).isEqualTo(2);
        assertThat(fact.escalationLevel).isEqualTo(2);
        assertThat(fact.teamId).isEqualTo("team-a");
        assertThat(writes.escalations()).containsExactly(
                new TicketEscalationRow(story.events().get(2).eventId(), ticket, 1, "SLA_WARNING", "team-leads",
                        T0.plusSeconds(60)),
                new TicketEscalationRow(story.last().eventId(), ticket, 2, "SLA_BREACH", null, T0.plusSeconds(120)));
    }

    @Test
    void the_latest_satisfaction_rating_counts() {
        TicketFactRow fact = only(fold(TicketStory.opened(ticket, T0).resolved(Actor.agent("agent-1"))
                .afterSeconds(10).rated(2).afterSeconds(10).rated(5)));

        assertThat(fact.satisfactionScore).isEqualTo(5);
        assertThat(fact.satisfactionRatedAt).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void links_are_counted_as_events_and_change_nothing_else() {
        UUID other = UUID.randomUUID();
        TicketStory story = TicketStory.opened(ticket, T0);
        TicketFactRow opened = only(fold(story));

        TicketFactWrites writes = fold(story.afterSeconds(10).linked(other).afterSeconds(10).unlinked(other));

        TicketFactRow fact = only(writes);
        assertThat(fact.version).isEqualTo(3);
        assertThat(fact.lastEventId).isEqualTo(story.last().eventId());
        assertThat(fact.lastEventAt).isEqualTo(T0.plusSeconds(20));
        fact.version = opened.version;
        fact.lastEventId = opened.lastEventId;
        fact.lastEventAt = opened.lastEventAt;
        assertThat(fact).isEqualTo(opened);
        assertThat(writes.spans()).hasSize(1);
    }

    @Test
    void a_whole_lifecycle_gives_its_milestones_durations_and_spans() {
        TicketStory story = lifecycle(ticket, T0);

        TicketFactWrites writes = fold(story);

        TicketFactRow fact = only(writes);
        Map<String, Object> expected = new HashMap<>(Map.of(
                "status", "CLOSED", "assignee_id", "agent-1", "team_id", "team-a",
                "first_assigned_at", T0.plusSeconds(60), "first_response_at", T0.plusSeconds(180),
                "first_response_seconds", 180L, "pending_count", 1, "pending_seconds", 600L,
                "public_replies", 3, "reopen_count", 1));
        expected.putAll(Map.of(
                "first_resolved_at", T0.plusSeconds(1080), "resolved_at", T0.plusSeconds(1500),
                "resolution_seconds", 1500L, "reopened_at", T0.plusSeconds(1200),
                "resolved_by_agent_id", "agent-1", "closed_at", T0.plusSeconds(1800),
                "close_reason", "AUTO_CLOSED", "version", 11L, "last_event_id", story.last().eventId(),
                "current_span_seq", 8));
        assertThat(fact.asMap()).containsAllEntriesOf(expected);
        assertThat(writes.spans()).extracting(TicketStatusSpan::seq, TicketStatusSpan::status,
                TicketStatusSpan::assigneeId, TicketStatusSpan::validFrom, TicketStatusSpan::validTo).containsExactly(
                span(1, "NEW", null, 0, 60),
                span(2, "OPEN", "agent-1", 60, 480),
                span(3, "PENDING", "agent-1", 480, 1080),
                span(4, "OPEN", "agent-1", 1080, 1080),       // the customer's reply resumes, then resolved at once
                span(5, "RESOLVED", "agent-1", 1080, 1200),
                span(6, "OPEN", "agent-1", 1200, 1500),
                span(7, "RESOLVED", "agent-1", 1500, 1800),
                span(8, "CLOSED", "agent-1", 1800, OPEN_ENDED));
    }

    private static Tuple span(int seq, String status, String assignee, long from, long to) {
        return tuple(seq, status, assignee, T0.plusSeconds(from), to == OPEN_ENDED ? null : T0.plusSeconds(to));
    }

    /** open -> assign -> reply -> pending -> customer reply (resumes) -> resolve -> reopen -> resolve -> close. */
    static TicketStory lifecycle(UUID ticketId, Instant openedAt) {
        return TicketStory.opened(ticketId, openedAt)
                .afterSeconds(60).assigned("agent-1", "team-a")
                .afterSeconds(120).agentReplied("agent-1")
                .afterSeconds(300).awaitingCustomer()
                .afterSeconds(600).customerReplied().resumed(TicketStory.CUSTOMER)
                .resolved(Actor.agent("agent-1"))
                .afterSeconds(120).reopened(TicketStory.CUSTOMER)
                .afterSeconds(300).agentReplied("agent-1").resolved(Actor.agent("agent-1"))
                .afterSeconds(300).closed();
    }

    @Test
    void a_span_keeps_the_type_the_ticket_had_when_it_began() {
        TicketFactWrites writes = fold(TicketStory.opened(ticket, T0)
                .afterSeconds(10).categorized(TicketType.INQUIRY, null, List.of())
                .afterSeconds(10).assigned("agent-1", "team-a"));

        assertThat(writes.spans()).extracting(TicketStatusSpan::type).containsExactly("INCIDENT", "INQUIRY");
        assertThat(writes.spans()).first().extracting(TicketStatusSpan::validTo).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void folding_leaves_the_fact_it_was_given_as_it_was() {
        TicketFactRow opened = only(fold(TicketStory.opened(ticket, T0)));
        TicketFactRow copy = opened.copy();
        TicketStory story = TicketStory.of(ticket, T0.plusSeconds(5)).assigned("agent-1", "team-a")
                .tagsChanged(List.of("x"), List.of("vpn"));

        TicketFactWrites.fold(Map.of(ticket, opened), story.events());

        assertThat(opened).isEqualTo(copy);
    }

    @Test
    void a_ticket_folded_across_any_two_batches_ends_as_when_folded_in_one() {
        List<Envelope<TicketEvent>> events = lifecycle(ticket, T0).events();
        TicketFactRow whole = only(TicketFactWrites.fold(Map.of(), events));

        for (int cut = 1; cut < events.size(); cut++) {
            TicketFactRow first = only(TicketFactWrites.fold(Map.of(), events.subList(0, cut)));
            TicketFactRow second = only(TicketFactWrites.fold(Map.of(ticket, first), events.subList(cut, events.size())));
            assertThat(second).as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @Test
    void instants_are_kept_to_the_microsecond_as_the_database_keeps_them() {
        Instant precise = Instant.parse("2026-03-02T08:00:00.123456789Z");

        TicketFactRow fact = only(fold(TicketStory.opened(ticket, precise)));

        assertThat(fact.openedAt).isEqualTo(Instant.parse("2026-03-02T08:00:00.123456Z"));
        assertThat(fact.lastEventAt).isEqualTo(fact.openedAt);
    }

    private static TicketFactWrites fold(TicketStory story) {
        return TicketFactWrites.fold(Map.of(), story.events());
    }

    private static TicketFactRow only(TicketFactWrites writes) {
        assertThat(writes.facts()).hasSize(1);
        return writes.facts().iterator().next();
    }
}
