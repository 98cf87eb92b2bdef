package io.ticketflow.reporting;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaTarget;
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
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.reporting.messaging.Subscription;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the report ITs share: tickets told as the events their producers publish ({@link Story}), a period of
 * their own far from every other test's, and requests for a report in JSON or CSV. Each test's tickets go to a
 * team of its own ({@link #unique}), so a report filtered on that team sees only them.
 */
public abstract class ReportIntegrationTest extends ReportingIntegrationTest {

    /**
     * A day in 2001–2024 that no other test is likely to pick; reports over it see this test's tickets only. In the
     * past, so that the backlog now has these tickets in it, all older than a week.
     */
    protected static Instant someDay() {
        return Instant.parse("2001-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(365 * 24), ChronoUnit.DAYS);
    }

    protected ResultActions report(String path, Map<String, String> parameters) throws Exception {
        return mvc.perform(request(path, parameters));
    }

    protected ResultActions csv(String path, Map<String, String> parameters) throws Exception {
        return mvc.perform(request(path, parameters).accept(MediaType.parseMediaType("text/csv")));
    }

    private static MockHttpServletRequestBuilder request(String path, Map<String, String> parameters) {
        MockHttpServletRequestBuilder request = get("/api/reports/" + path);
        parameters.forEach(request::param);
        return request;
    }

    protected Story ticket(Instant openedAt) {
        return ticket(openedAt, TicketType.INCIDENT, Priority.HIGH, Channel.EMAIL);
    }

    protected Story ticket(Instant openedAt, TicketType type, Priority priority, Channel channel) {
        return new Story(openedAt, type, priority, channel);
    }

    /** One ticket's events, published as they are told; {@link #projected()} waits until reporting has them all. */
    protected final class Story {

        final UUID id = UUID.randomUUID();
        private UUID lastTicketEvent;
        private UUID lastSlaEvent;

        private Story(Instant openedAt, TicketType type, Priority priority, Channel channel) {
            ticketEvent(openedAt, new TicketOpened(id, "Printer on fire", "Smoke everywhere",
                    new Requester("grace@example.org", "Grace Hopper", "=HYPERLINK(\"http://evil\")"), type, priority,
                    channel, List.of("printer", "-urgent"), Map.of(), Actor.customer("cust-1"), openedAt));
        }

        public Story assigned(String agent, String team, Instant at) {
            return ticketEvent(at, new TicketAssigned(id, agent, team, "test", Actor.system("routing"), at));
        }

        public Story replied(String agent, Instant at) {
            return ticketEvent(at, new MessageAdded(id, UUID.randomUUID(), MessageVisibility.PUBLIC_REPLY,
                    Actor.agent(agent), "On it", List.of(), at));
        }

        public Story awaitingCustomer(String agent, Instant at) {
            return ticketEvent(at, new TicketAwaitingCustomer(id, "need logs", Actor.agent(agent), at));
        }

        public Story resolved(String agent, Instant at) {
            return ticketEvent(at, new TicketResolved(id, ResolutionCode.SOLVED, "done", Actor.agent(agent), at));
        }

        public Story reopened(Instant at) {
            return ticketEvent(at, new TicketReopened(id, "still broken", Actor.customer("cust-1"), at));
        }

        public Story closed(Instant at) {
            return ticketEvent(at, new TicketClosed(id, Actor.system("auto-close"), CloseReason.AUTO_CLOSED, null, at));
        }

        public Story rated(int score, Instant at) {
            return ticketEvent(at, new SatisfactionRated(id, score, null, Actor.customer("cust-1"), at));
        }

        public Story escalated(int level, EscalationTrigger trigger, Instant at) {
            return ticketEvent(at, new TicketEscalated(id, level, trigger, "because", null, Actor.system("sla"), at));
        }

        /** An SLA clock started at {@code at} that is met after {@code elapsed} business time, at {@code metAt}. */
        public Story slaMet(SlaTarget target, Instant at, Duration elapsed, Instant metAt) {
            UUID clock = started(target, at);
            return slaEvent(metAt, new SlaMet(id, clock, target, elapsed, metAt));
        }

        public Story slaBreached(SlaTarget target, Instant at) {
            UUID clock = started(target, at);
            Instant deadline = at.plus(Duration.ofHours(1));
            return slaEvent(deadline, new SlaBreached(id, clock, target, deadline, deadline));
        }

        public Story slaRunning(SlaTarget target, Instant at) {
            started(target, at);
            return this;
        }

        private UUID started(SlaTarget target, Instant at) {
            UUID clock = UUID.randomUUID();
            slaEvent(at, new SlaClockStarted(id, clock, target, "default", 1, Duration.ofHours(1),
                    at.plus(Duration.ofHours(1)), at.plus(Duration.ofMinutes(48)), at));
            return clock;
        }

        private Story ticketEvent(Instant at, Object event) {
            lastTicketEvent = publish(id.toString(), at, event);
            return this;
        }

        private Story slaEvent(Instant at, Object event) {
            lastSlaEvent = publish(id.toString(), at, event);
            return this;
        }

        /** Waits for the last event told on each topic (a ticket's events are folded in order). */
        public Story projected() {
            awaitProjected(Subscription.TICKET_EVENTS, lastTicketEvent);
            if (lastSlaEvent != null) {
                awaitProjected(Subscription.SLA_EVENTS, lastSlaEvent);
            }
            return this;
        }

        public UUID id() {
            return id;
        }
    }
}
