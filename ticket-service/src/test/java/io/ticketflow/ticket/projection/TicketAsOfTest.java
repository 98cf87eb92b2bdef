package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.TicketUnassigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The time-travel fold on plain events: no Spring, no database. */
class TicketAsOfTest {

    private static final UUID TICKET = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Actor AGENT = Actor.agent("a-17");
    private static final Actor REQUESTER = Actor.customer("c-42");

    private final List<RecordedTicketEvent> stream = new ArrayList<>();

    @Test
    void before_the_ticket_was_opened_there_is_nothing() {
        record(new TicketOpened(TICKET, "Printer", "smoking", new Requester("a@example.com", "Alice", null),
                TicketType.INCIDENT, Priority.HIGH, Channel.WEB, List.of(), Map.of(), REQUESTER, at(0)));

        assertThat(TicketAsOf.fold(stream, at(0).minusNanos(1))).isEmpty();
        assertThat(TicketAsOf.fold(stream, at(0))).hasValueSatisfying(view -> {
            assertThat(view.status()).isEqualTo("NEW");
            assertThat(view.version()).isZero();
        });
    }

    @Test
    void each_instant_sees_exactly_the_events_up_to_it() {
        UUID reply = UUID.randomUUID();
        record(new TicketOpened(TICKET, "Printer", "smoking", new Requester("a@example.com", "Alice", "Acme"),
                TicketType.INCIDENT, Priority.HIGH, Channel.WEB, List.of("hardware", "floor-3"), Map.of("floor", "3"),
                REQUESTER, at(0)));
        record(new TicketAssigned(TICKET, "a-17", "hardware", null, AGENT, at(1)));
        record(new MessageAdded(TICKET, reply, MessageVisibility.PUBLIC_REPLY, AGENT, "On my way", List.of(), at(2)));
        record(new TicketTagsChanged(TICKET, List.of("fire"), List.of("floor-3"), AGENT, at(3)));
        record(new TicketAwaitingCustomer(TICKET, "which printer?", AGENT, at(4)));
        record(new TicketResumed(TICKET, REQUESTER, at(5)));
        record(new TicketEscalated(TICKET, 1, EscalationTrigger.MANUAL, "still smoking", null, AGENT, at(6)));
        record(new TicketUnassigned(TICKET, "a-17", null, AGENT, at(7)));
        record(new TicketResolved(TICKET, ResolutionCode.SOLVED, "extinguished", AGENT, at(8)));
        record(new TicketReopened(TICKET, "smoking again", REQUESTER, at(9)));
        record(new TicketResolved(TICKET, ResolutionCode.WORKAROUND_PROVIDED, "unplugged", AGENT, at(10)));
        record(new SatisfactionRated(TICKET, 4, "fine", REQUESTER, at(11)));
        record(new TicketClosed(TICKET, AGENT, CloseReason.MANUAL, null, at(12)));

        TicketView working = TicketAsOf.fold(stream, at(2).plusMillis(500)).orElseThrow();
        assertThat(working.status()).isEqualTo("OPEN");
        assertThat(working.assigneeId()).isEqualTo("a-17");
        assertThat(working.firstResponseAt()).isEqualTo(at(2));
        assertThat(working.conversation()).extracting(ConversationMessage::messageId).containsExactly(reply);
        assertThat(working.tags()).containsExactly("hardware", "floor-3");
        assertThat(working.version()).isEqualTo(2);
        assertThat(working.updatedAt()).isEqualTo(at(2));

        assertThat(TicketAsOf.fold(stream, at(4)).orElseThrow().status()).isEqualTo("PENDING");
        assertThat(TicketAsOf.fold(stream, at(4)).orElseThrow().tags()).containsExactly("hardware", "fire");

        TicketView firstResolution = TicketAsOf.fold(stream, at(8)).orElseThrow();
        assertThat(firstResolution.status()).isEqualTo("RESOLVED");
        assertThat(firstResolution.resolutionCode()).isEqualTo("SOLVED");
        assertThat(firstResolution.assigneeId()).isNull();
        assertThat(firstResolution.teamId()).isEqualTo("hardware");
        assertThat(firstResolution.escalationLevel()).isEqualTo(1);
        assertThat(firstResolution.escalationTrigger()).isEqualTo("MANUAL");

        TicketView reopened = TicketAsOf.fold(stream, at(9)).orElseThrow();
        assertThat(reopened.status()).isEqualTo("OPEN");
        assertThat(reopened.resolutionCode()).isNull();
        assertThat(reopened.resolvedAt()).isNull();

        TicketView last = TicketAsOf.fold(stream, at(100)).orElseThrow();
        assertThat(last.status()).isEqualTo("CLOSED");
        assertThat(last.closeReason()).isEqualTo("MANUAL");
        assertThat(last.resolutionCode()).isEqualTo("WORKAROUND_PROVIDED");
        assertThat(last.satisfactionScore()).isEqualTo(4);
        assertThat(last.version()).isEqualTo(12);
        assertThat(last.openedBy()).isEqualTo("CUSTOMER:c-42");
    }

    @Test
    void an_internal_note_neither_opens_the_ticket_nor_counts_as_first_response() {
        record(new TicketOpened(TICKET, "Printer", "", new Requester("a@example.com", "Alice", null),
                TicketType.INQUIRY, Priority.NORMAL, Channel.EMAIL, List.of(), Map.of(), REQUESTER, at(0)));
        record(new MessageAdded(TICKET, UUID.randomUUID(), MessageVisibility.INTERNAL_NOTE, AGENT, "hm", List.of(), at(1)));

        TicketView view = TicketAsOf.fold(stream, at(1)).orElseThrow();
        assertThat(view.status()).isEqualTo("NEW");
        assertThat(view.firstResponseAt()).isNull();
        assertThat(view.conversation()).hasSize(1);
    }

    @Test
    void every_event_names_who_caused_it() {
        var closed = new RecordedTicketEvent(3, at(3), new TicketClosed(TICKET, Actor.system("sla-service"),
                CloseReason.AUTO_CLOSED, null, at(3)));
        assertThat(closed.actor()).contains(Actor.system("sla-service"));
    }

    private void record(TicketEvent event) {
        stream.add(new RecordedTicketEvent(stream.size(), at(stream.size()), event));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
