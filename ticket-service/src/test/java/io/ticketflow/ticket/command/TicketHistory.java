package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The past of the ticket under test, as events, and the parties that act on it. */
final class TicketHistory {

    static final Instant NOW = Instant.parse("2026-11-27T09:15:00Z");
    static final UUID TICKET = UUID.fromString("6f1c1f0e-8a51-4d8e-9a8a-0c7f4b1d2e3f");
    static final UUID OTHER_TICKET = UUID.fromString("0b6e0c7a-3d1f-4f55-8c1e-7d2a9b4c5e6f");
    static final UUID MESSAGE = UUID.fromString("9a7d4c2e-1b3f-4e5a-8c6d-2f1e0a9b8c7d");
    static final Actor REQUESTER = Actor.customer("acme-1042");
    static final Actor AGENT = Actor.agent("agent-7");
    static final Actor ROUTING = Actor.system("routing-service");
    static final Requester ALICE = new Requester("alice@example.com", "Alice", "Acme");
    static final Duration REOPEN_WINDOW = Duration.ofDays(7);
    static final Duration AUTO_CLOSE_AFTER = Duration.ofDays(7);
    /** Ticket types as application.yml configures them (the tests state the rules they rely on here). */
    static final TicketTypePolicy TYPES = ticketTypes();

    private TicketHistory() {
    }

    /**
     * A fixture with the clock stopped at {@link #NOW}, a seven-day reopen window for the requester, and
     * resolved tickets closed automatically seven days after resolution.
     */
    static AggregateTestFixture<Ticket> fixture() {
        return fixture(new ReopenPolicy(REOPEN_WINDOW));
    }

    static AggregateTestFixture<Ticket> fixture(ReopenPolicy reopenPolicy) {
        var fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(reopenPolicy);
        fixture.registerInjectableResource(new AutoClosePolicy(AUTO_CLOSE_AFTER));
        fixture.registerInjectableResource(TYPES);
        return fixture;
    }

    private static TicketTypePolicy ticketTypes() {
        var H = PriorityMatrix.Level.HIGH;
        var M = PriorityMatrix.Level.MEDIUM;
        var L = PriorityMatrix.Level.LOW;
        var matrix = new PriorityMatrix(Map.of(
                H, Map.of(H, Priority.URGENT, M, Priority.HIGH, L, Priority.NORMAL),
                M, Map.of(H, Priority.HIGH, M, Priority.NORMAL, L, Priority.LOW),
                L, Map.of(H, Priority.NORMAL, M, Priority.LOW, L, Priority.LOW)));
        return new TicketTypePolicy(Map.of(
                TicketType.INCIDENT, new TicketTypePolicy.TypeRules(List.of(), Priority.HIGH, List.of("operations"), matrix),
                TicketType.SERVICE_REQUEST, new TicketTypePolicy.TypeRules(List.of(), Priority.NORMAL,
                        List.of("service-desk"), null),
                TicketType.BUG_REPORT, new TicketTypePolicy.TypeRules(List.of("stepsToReproduce", "productVersion"),
                        Priority.NORMAL, List.of("engineering"), null),
                TicketType.INQUIRY, new TicketTypePolicy.TypeRules(List.of(), Priority.NORMAL, List.of("general"), null),
                TicketType.COMPLAINT, new TicketTypePolicy.TypeRules(List.of(), Priority.HIGH,
                        List.of("customer-relations"), null)));
    }

    /** The shortest past that leaves the ticket in {@code status}, with an agent assigned once it is worked on. */
    static List<Object> inStatus(TicketStatus status) {
        return switch (status) {
            case NEW -> List.of(opened());
            case OPEN -> List.of(opened(), assigned());
            case PENDING -> List.of(opened(), assigned(), awaitingCustomer());
            case ON_HOLD -> List.of(opened(), assigned(), onHold());
            case RESOLVED -> List.of(opened(), assigned(), resolved(NOW.minus(Duration.ofHours(1))));
            case CLOSED -> List.of(opened(), assigned(), resolved(NOW.minus(Duration.ofHours(1))), closed());
        };
    }

    static TicketOpened opened() {
        return new TicketOpened(TICKET, "Printer on fire", "It smokes", ALICE, TicketType.INCIDENT, Priority.NORMAL,
                Channel.WEB, List.of("hardware"), Map.of(), REQUESTER, NOW.minus(Duration.ofDays(30)));
    }

    static TicketAssigned assigned() {
        return new TicketAssigned(TICKET, "agent-7", "team-1", "printer skills", ROUTING, NOW.minus(Duration.ofDays(29)));
    }

    static TicketAwaitingCustomer awaitingCustomer() {
        return new TicketAwaitingCustomer(TICKET, "the printer's model", AGENT, NOW.minus(Duration.ofDays(2)));
    }

    static TicketPutOnHold onHold() {
        return new TicketPutOnHold(TICKET, "waiting on the vendor", AGENT, NOW.minus(Duration.ofDays(2)));
    }

    static TicketResolved resolved(Instant at) {
        return new TicketResolved(TICKET, ResolutionCode.SOLVED, "replaced the fuser", AGENT, at);
    }

    static TicketClosed closed() {
        return new TicketClosed(TICKET, AGENT, CloseReason.MANUAL, null, NOW.minus(Duration.ofMinutes(5)));
    }

    /** A refusal about the ticket's state: no field, so the REST layer answers 409. */
    static Matcher<Throwable> stateRule() {
        return Matchers.predicate(e -> e instanceof TicketRuleViolation violation && violation.field() == null);
    }

    /** A refusal about one input, named so the REST layer can point at it. */
    static Matcher<Throwable> fieldRule(String field) {
        return Matchers.predicate(e -> e instanceof TicketRuleViolation violation
                && Objects.equals(violation.field(), field));
    }
}
