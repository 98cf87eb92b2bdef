package io.ticketflow.sla.clock;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.ticketflow.api.ticket.TicketStatus.CLOSED;
import static io.ticketflow.api.ticket.TicketStatus.NEW;
import static io.ticketflow.api.ticket.TicketStatus.ON_HOLD;
import static io.ticketflow.api.ticket.TicketStatus.OPEN;
import static io.ticketflow.api.ticket.TicketStatus.PENDING;
import static io.ticketflow.api.ticket.TicketStatus.RESOLVED;

/**
 * Random ticket histories that ticket-service could have written: every move is one its status machine allows
 * from the status the ticket is in, and a requester's answer comes with the TicketResumed or TicketReopened
 * ticket-service adds to it. Times move on by nothing (events of one command), minutes, hours or days. Assignments
 * move the ticket between teams, which may change the calendar its clocks count in.
 */
final class HistoryGenerator {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> ORGANISATIONS = List.of("acme", "globex", "initech");
    /** Teams of {@link ReplayTest}'s world: with a calendar, with one for part of the year, and without. */
    static final List<String> TEAMS = List.of("first-line", "us-desk", "night-shift");

    private final Random random;
    private final TicketEvents events;
    private final List<Timed> history = new ArrayList<>();
    private TicketStatus status = NEW;
    private Priority priority;
    private TicketType type;
    private Instant now;

    private HistoryGenerator(Random random) {
        this.random = random;
        this.events = new TicketEvents(new UUID(random.nextLong(), random.nextLong()));
    }

    /** One history: the opening and up to {@code maxMoves} moves after it. */
    static List<Timed> history(Random random, int maxMoves) {
        return new HistoryGenerator(random).generate(maxMoves);
    }

    private List<Timed> generate(int maxMoves) {
        now = FROM.plusSeconds(random.nextInt(365 * 86_400));
        type = pick(TicketType.values());
        priority = pick(Priority.values());
        history.add(events.opened(type, priority, ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())), now));
        int moves = random.nextInt(maxMoves + 1);
        for (int i = 0; i < moves && status != CLOSED; i++) {
            now = now.plus(gap());
            move();
        }
        return List.copyOf(history);
    }

    private void move() {
        int dice = random.nextInt(100);
        if (dice < 18) {
            history.add(events.agentReply(now));
            status = status == NEW ? OPEN : status;
        } else if (dice < 36) {
            requesterWrites();
        } else if (dice < 40) {
            history.add(events.internalNote(now));
        } else if (dice < 44) {
            history.add(events.assigned(TEAMS.get(random.nextInt(TEAMS.size())), now));
        } else if (dice < 52 && (status == NEW || status == OPEN || status == ON_HOLD)) {
            history.add(events.awaitingCustomer(now));
            status = PENDING;
        } else if (dice < 58 && (status == NEW || status == OPEN || status == PENDING)) {
            history.add(events.onHold(now));
            status = ON_HOLD;
        } else if (dice < 64 && (status == PENDING || status == ON_HOLD)) {
            history.add(events.resumed(TicketEvents.AGENT, now));
            status = OPEN;
        } else if (dice < 74 && status != RESOLVED) {
            Priority next = pick(Priority.values());
            if (next != priority) {
                history.add(events.priorityChanged(priority, next, now));
                priority = next;
            }
        } else if (dice < 78) {
            type = pick(TicketType.values());
            history.add(events.categorized(type, now));
        } else if (dice < 86 && status != RESOLVED) {
            history.add(events.resolved(now));
            status = RESOLVED;
        } else if (dice < 92 && status == RESOLVED) {
            history.add(events.reopened(TicketEvents.AGENT, now));
            status = OPEN;
        } else if (dice < 98 && status == RESOLVED) {
            history.add(events.closed(now));
            status = CLOSED;
        } else if (dice >= 98) {
            UUID into = new UUID(random.nextLong(), random.nextLong());
            history.add(events.merged(into, now));
            history.add(events.closedByMerge(into, now));
            status = CLOSED;
        }
    }

    private void requesterWrites() {
        history.add(events.requesterMessage(now));
        if (status == PENDING) {
            history.add(events.resumed(TicketEvents.REQUESTER, now));
            status = OPEN;
        } else if (status == RESOLVED) {
            history.add(events.reopened(TicketEvents.REQUESTER, now));
            status = OPEN;
        }
    }

    /** Nothing (the next command at once), minutes, hours within a day's work, or days. */
    private Duration gap() {
        int dice = random.nextInt(100);
        if (dice < 10) {
            return Duration.ZERO;
        }
        if (dice < 40) {
            return Duration.ofSeconds(1 + random.nextInt(30 * 60));
        }
        if (dice < 75) {
            return Duration.ofSeconds(1 + random.nextInt(8 * 3_600));
        }
        return Duration.ofSeconds(1 + random.nextInt(3 * 86_400));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
