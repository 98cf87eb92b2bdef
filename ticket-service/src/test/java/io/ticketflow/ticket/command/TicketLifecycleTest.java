package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.ticketflow.ticket.command.TicketHistory.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every cell of the status table through the aggregate: each allowed move ends where the table says,
 * each forbidden one is refused with the table's reason. This is what keeps the table (which commands
 * consult) and the event handlers (which set the status) in step.
 */
class TicketLifecycleTest {

    private AggregateTestFixture<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = TicketHistory.fixture();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("allowedMoves")
    void every_allowed_move_ends_in_the_status_the_table_names(TicketStatus from, TicketAction action) {
        TicketStatus to = TicketLifecycle.target(from, action).orElseThrow();
        fixture.given(past(from, action))
                .when(sampleCommand(action))
                .expectSuccessfulHandlerExecution()
                .expectState(ticket -> assertThat(ticket.status()).isEqualTo(to));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("forbiddenMoves")
    void every_forbidden_move_is_refused_with_the_tables_reason_as_a_state_rule(TicketStatus from,
            TicketAction action) {
        fixture.given(past(from, action))
                .when(sampleCommand(action))
                .expectNoEvents()
                .expectException(stateRule())
                .expectExceptionMessage(TicketLifecycle.refusal(from, action));
    }

    @ParameterizedTest
    @EnumSource(TicketAction.class)
    void every_action_on_a_closed_ticket_is_refused_because_closed_is_final(TicketAction action) {
        fixture.given(past(TicketStatus.CLOSED, action))
                .when(sampleCommand(action))
                .expectNoEvents()
                .expectException(stateRule())
                .expectExceptionMessage("cannot " + action.phrase()
                        + " while it is CLOSED: a closed ticket is final; open a new ticket instead");
    }

    @Test
    void the_table_reads_as_the_readme_shows_it() {
        // The README's table is pasted from here; a change to the table must change both, on purpose.
        assertThat(markdown()).isEqualTo("""
                | command | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | CLOSED |
                |---|---|---|---|---|---|---|
                | categorize | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | change tags | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | change priority | NEW | OPEN | PENDING | ON_HOLD | refused: the priority drives SLA clocks, which stop at resolution; reopen the ticket first | refused: final |
                | assign | **OPEN** | OPEN | PENDING | ON_HOLD | refused: a resolved ticket is no longer worked on; reopen it first | refused: final |
                | unassign | refused: nobody is assigned to a new ticket yet | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | agent reply | **OPEN** | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | requester reply | NEW | OPEN | **OPEN** | ON_HOLD | **OPEN** | refused: final |
                | internal note | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | await customer | **PENDING** | **PENDING** | refused: only a new, open or on-hold ticket can be set to await the customer | **PENDING** | refused: only a new, open or on-hold ticket can be set to await the customer | refused: final |
                | put on hold | **ON_HOLD** | **ON_HOLD** | **ON_HOLD** | refused: only a new, open or pending ticket can be put on hold | refused: only a new, open or pending ticket can be put on hold | refused: final |
                | resume | refused: only a ticket that is pending or on hold can be resumed; a resolved one is reopened | refused: only a ticket that is pending or on hold can be resumed; a resolved one is reopened | **OPEN** | **OPEN** | refused: only a ticket that is pending or on hold can be resumed; a resolved one is reopened | refused: final |
                | resolve | **RESOLVED** | **RESOLVED** | **RESOLVED** | **RESOLVED** | refused: the ticket is already resolved | refused: final |
                | reopen | refused: only a resolved ticket can be reopened | refused: only a resolved ticket can be reopened | refused: only a resolved ticket can be reopened | refused: only a resolved ticket can be reopened | **OPEN** | refused: final |
                | close | refused: only a resolved ticket can be closed, so that reporting knows how it ended; resolve it first | refused: only a resolved ticket can be closed, so that reporting knows how it ended; resolve it first | refused: only a resolved ticket can be closed, so that reporting knows how it ended; resolve it first | refused: only a resolved ticket can be closed, so that reporting knows how it ended; resolve it first | **CLOSED** | refused: final |
                | escalate | NEW | OPEN | PENDING | ON_HOLD | refused: a resolved ticket needs no escalation; reopen it first | refused: final |
                | rate | refused: a ticket can be rated once it is resolved | refused: a ticket can be rated once it is resolved | refused: a ticket can be rated once it is resolved | refused: a ticket can be rated once it is resolved | RESOLVED | refused: final |
                | merge | **CLOSED** | **CLOSED** | **CLOSED** | **CLOSED** | **CLOSED** | refused: final |
                | link | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                | unlink | NEW | OPEN | PENDING | ON_HOLD | RESOLVED | refused: final |
                """);
    }

    /** The table as Markdown: one row per action, one column per status it starts from; bold when it moves. */
    private static String markdown() {
        var out = new StringBuilder("| command |");
        Arrays.stream(TicketStatus.values()).forEach(status -> out.append(' ').append(status).append(" |"));
        out.append("\n|---|").append("---|".repeat(TicketStatus.values().length)).append('\n');
        for (TicketAction action : TicketAction.values()) {
            out.append("| ").append(action.name().toLowerCase().replace('_', ' ')).append(" |");
            for (TicketStatus from : TicketStatus.values()) {
                String cell = TicketLifecycle.target(from, action)
                        .map(to -> to == from ? to.name() : "**" + to + "**")
                        .orElse(from == TicketStatus.CLOSED ? "refused: final" : "refused: " + action.rule());
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static Stream<Arguments> allowedMoves() {
        return everyCell().filter(cell -> TicketLifecycle.target(status(cell), action(cell)).isPresent());
    }

    static Stream<Arguments> forbiddenMoves() {
        return everyCell().filter(cell -> TicketLifecycle.target(status(cell), action(cell)).isEmpty());
    }

    private static Stream<Arguments> everyCell() {
        return Arrays.stream(TicketStatus.values())
                .flatMap(status -> Arrays.stream(TicketAction.values()).map(action -> Arguments.of(status, action)));
    }

    private static TicketStatus status(Arguments cell) {
        return (TicketStatus) cell.get()[0];
    }

    private static TicketAction action(Arguments cell) {
        return (TicketAction) cell.get()[1];
    }

    /** A command that is valid in every respect except, perhaps, the ticket's status. */
    static Object sampleCommand(TicketAction action) {
        return switch (action) {
            case CATEGORIZE -> new CategorizeTicketCommand(TICKET, TicketType.SERVICE_REQUEST, "printers",
                    List.of("hardware"), AGENT);
            case CHANGE_TAGS -> new ChangeTicketTagsCommand(TICKET, List.of("vip"), List.of(), AGENT);
            case CHANGE_PRIORITY -> new ChangeTicketPriorityCommand(TICKET, Priority.URGENT, "a hospital", AGENT);
            case ASSIGN -> new AssignTicketCommand(TICKET, "agent-9", "team-1", null, AGENT);
            case UNASSIGN -> new UnassignTicketCommand(TICKET, "agent went offline", ROUTING);
            case AGENT_REPLY -> new AddTicketMessageCommand(TICKET, MESSAGE, MessageVisibility.PUBLIC_REPLY,
                    "Have you tried turning it off?", null, AGENT);
            case REQUESTER_REPLY -> new AddTicketMessageCommand(TICKET, MESSAGE, MessageVisibility.PUBLIC_REPLY,
                    "It is a LaserJet 4", null, REQUESTER);
            case INTERNAL_NOTE -> new AddTicketMessageCommand(TICKET, MESSAGE, MessageVisibility.INTERNAL_NOTE,
                    "Known fuser issue", null, AGENT);
            case AWAIT_CUSTOMER -> new AwaitCustomerCommand(TICKET, "the printer's model", AGENT);
            case PUT_ON_HOLD -> new PutTicketOnHoldCommand(TICKET, "waiting on the vendor", AGENT);
            case RESUME -> new ResumeTicketCommand(TICKET, AGENT);
            case RESOLVE -> new ResolveTicketCommand(TICKET, ResolutionCode.SOLVED, "replaced the fuser", AGENT);
            case REOPEN -> new ReopenTicketCommand(TICKET, "still smokes", AGENT);
            case CLOSE -> new CloseTicketCommand(TICKET, AGENT);
            case ESCALATE -> new EscalateTicketCommand(TICKET, "first response overdue", null, null, ROUTING);
            case RATE -> new RateSatisfactionCommand(TICKET, 5, "quick", REQUESTER);
            case MERGE -> new MergeTicketCommand(TICKET, OTHER_TICKET, AGENT);
            case LINK -> new LinkTicketCommand(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT);
            case UNLINK -> new UnlinkTicketCommand(TICKET, OTHER_TICKET, AGENT);
        };
    }

    /** The shortest past in {@code status} on which {@link #sampleCommand} is valid but for the status. */
    private static List<Object> past(TicketStatus status, TicketAction action) {
        List<Object> past = new ArrayList<>(inStatus(status));
        if (action == TicketAction.UNLINK) {
            past.add(1, new TicketLinked(TICKET, OTHER_TICKET, TicketLinkType.RELATES_TO, AGENT,
                    opened().openedAt().plusSeconds(60)));
        }
        return past;
    }
}
