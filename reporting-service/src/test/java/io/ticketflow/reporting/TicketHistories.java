package io.ticketflow.reporting;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaStopReason;
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
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.messaging.EnvelopeRecords;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic, reproducible ticket histories as their producers publish them (ticket and SLA events, every header),
 * for tests and benchmarks that need volume: each ticket is opened, categorised, assigned, answered (late for some),
 * sometimes sent back to the customer, escalated, resolved, reopened and rated, and closed, with its first-response
 * and resolution clocks. About twelve events per ticket. Same seed, same histories.
 */
public final class TicketHistories {

    private final Random random;
    private final Instant start;
    private final String teamPrefix;

    public TicketHistories(long seed, Instant start, String teamPrefix) {
        this.random = new Random(seed);
        this.start = start;
        this.teamPrefix = teamPrefix;
    }

    /** The events of ticket number {@code n}, in the order its producers publish them. */
    public List<ProducerRecord<String, Object>> ticket(int n) {
        UUID ticket = new UUID(random.nextLong(), random.nextLong());
        Instant opened = start.plus(Duration.ofSeconds(37L * n));
        String team = teamPrefix + "-" + (n % 10);
        String agent = "agent-" + (n % 200);
        Actor agentActor = Actor.agent(agent);
        List<ProducerRecord<String, Object>> events = new ArrayList<>(16);
        events.add(record(ticket, opened, new TicketOpened(ticket, "Ticket " + n, "History " + n,
                new Requester("customer" + n + "@example.org", "Customer " + n, "org-" + (n % 50)),
                TicketType.values()[n % 5], Priority.values()[n % 4], Channel.values()[n % 5], List.of("t" + (n % 7)),
                Map.of(), Actor.customer("customer-" + n), opened)));
        UUID firstResponse = new UUID(random.nextLong(), random.nextLong());
        UUID resolution = new UUID(random.nextLong(), random.nextLong());
        events.add(record(ticket, opened, new SlaClockStarted(ticket, firstResponse, SlaTarget.FIRST_RESPONSE,
                "default", 1, Duration.ofHours(1), opened.plus(Duration.ofHours(1)), opened.plusSeconds(2880), opened)));
        events.add(record(ticket, opened, new SlaClockStarted(ticket, resolution, SlaTarget.RESOLUTION, "default", 1,
                Duration.ofHours(8), opened.plus(Duration.ofHours(8)), opened.plus(Duration.ofMinutes(384)), opened)));
        Instant categorized = opened.plusSeconds(30 + random.nextInt(60));
        events.add(record(ticket, categorized, new TicketCategorized(ticket, TicketType.values()[(n + 1) % 5],
                "category-" + (n % 12), List.of("t" + (n % 7), "c" + (n % 3)), agentActor, categorized)));
        Instant assigned = categorized.plusSeconds(10 + random.nextInt(120));
        events.add(record(ticket, assigned, new TicketAssigned(ticket, agent, team, "skills", Actor.system("routing"),
                assigned)));
        boolean late = n % 6 == 0;
        Instant replied = opened.plus(Duration.ofMinutes(late ? 70 + random.nextInt(60) : 5 + random.nextInt(50)));
        if (late) {
            events.add(record(ticket, opened.plus(Duration.ofHours(1)), new SlaBreached(ticket, firstResponse,
                    SlaTarget.FIRST_RESPONSE, opened.plus(Duration.ofHours(1)), opened.plus(Duration.ofHours(1)))));
            events.add(record(ticket, opened.plus(Duration.ofHours(1)), new TicketEscalated(ticket, 1,
                    EscalationTrigger.SLA_BREACH, "first response breached", team, Actor.system("sla"),
                    opened.plus(Duration.ofHours(1)))));
        }
        events.add(record(ticket, replied, new MessageAdded(ticket, UUID.nameUUIDFromBytes(("r" + ticket).getBytes()),
                MessageVisibility.PUBLIC_REPLY, agentActor, "Looking into it", List.of(), replied)));
        Duration toReply = Duration.between(opened, replied);
        events.add(record(ticket, replied, late
                ? new SlaClockStopped(ticket, firstResponse, SlaTarget.FIRST_RESPONSE, SlaStopReason.REACHED_LATE,
                true, toReply, replied)
                : new SlaMet(ticket, firstResponse, SlaTarget.FIRST_RESPONSE, toReply, replied)));
        Instant resolved = replied.plus(Duration.ofMinutes(30 + random.nextInt(300)));
        if (n % 3 == 0) {
            Instant waiting = replied.plusSeconds(60);
            events.add(record(ticket, waiting, new TicketAwaitingCustomer(ticket, "need logs", agentActor, waiting)));
            Instant answer = waiting.plus(Duration.ofMinutes(20 + random.nextInt(100)));
            events.add(record(ticket, answer, new MessageAdded(ticket, UUID.nameUUIDFromBytes(("c" + ticket).getBytes()),
                    MessageVisibility.PUBLIC_REPLY, Actor.customer("customer-" + n), "Here they are", List.of(),
                    answer)));
            resolved = answer.plus(Duration.ofMinutes(10 + random.nextInt(60)));
        }
        events.add(record(ticket, resolved, new TicketResolved(ticket, ResolutionCode.SOLVED, "done", agentActor,
                resolved)));
        events.add(record(ticket, resolved, new SlaMet(ticket, resolution, SlaTarget.RESOLUTION,
                Duration.between(opened, resolved), resolved)));
        Instant last = resolved;
        if (n % 10 == 0) {
            Instant reopened = resolved.plus(Duration.ofHours(2));
            events.add(record(ticket, reopened, new TicketReopened(ticket, "still broken",
                    Actor.customer("customer-" + n), reopened)));
            last = reopened.plus(Duration.ofHours(1));
            events.add(record(ticket, last, new TicketResolved(ticket, ResolutionCode.WORKAROUND_PROVIDED, "again",
                    agentActor, last)));
        }
        if (n % 4 == 0) {
            Instant rated = last.plus(Duration.ofMinutes(15));
            events.add(record(ticket, rated, new SatisfactionRated(ticket, 1 + n % 5, null,
                    Actor.customer("customer-" + n), rated)));
        }
        if (n % 2 == 0) {
            Instant closed = last.plus(Duration.ofDays(7));
            events.add(record(ticket, closed, new TicketClosed(ticket, Actor.system("auto-close"),
                    CloseReason.AUTO_CLOSED, null, closed)));
        }
        return events;
    }

    private ProducerRecord<String, Object> record(UUID ticket, Instant occurredAt, Object payload) {
        MessageType type = MessageCatalog.of(payload.getClass());
        UUID eventId = new UUID(random.nextLong(), random.nextLong());
        Envelope<Object> envelope = new Envelope<>(eventId, type.name(), type.revision(), occurredAt,
                "history-" + eventId, "tenant-test", ticket.toString(), payload);
        return EnvelopeRecords.toProducerRecord(type.topic(), envelope);
    }
}
