package io.ticketflow.ticket.command;

import io.ticketflow.api.command.ExpectedAssignee;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.CloseReason;
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
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ticketflow.api.ticket.EscalationTrigger.MANUAL;
import static io.ticketflow.api.ticket.EscalationTrigger.SLA_BREACH;
import static io.ticketflow.api.ticket.EscalationTrigger.SLA_WARNING;
import static io.ticketflow.api.ticket.MessageVisibility.INTERNAL_NOTE;
import static io.ticketflow.api.ticket.MessageVisibility.PUBLIC_REPLY;
import static io.ticketflow.ticket.command.TicketHistory.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the Ticket, its happy path and its rules. The status table has its own walk-through. */
class TicketTest {

    private AggregateTestFixture<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = TicketHistory.fixture();
    }

    @Nested
    class Opening {

        @Test
        void opening_a_ticket_records_it_as_opened_now() {
            fixture.givenNoPriorActivity()
                    .when(open("Printer on fire", Priority.HIGH, List.of("hardware")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new TicketOpened(TICKET, "Printer on fire", "It smokes", ALICE, TicketType.INCIDENT,
                            Priority.HIGH, Channel.WEB, List.of("hardware"), Map.of(), REQUESTER, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.NEW));
        }

        @Test
        void a_ticket_without_priority_gets_its_types_default() {
            fixture.givenNoPriorActivity()
                    .when(open("Question about invoices", null, List.of()))
                    .expectEvents(new TicketOpened(TICKET, "Question about invoices", "It smokes", ALICE,
                            TicketType.INCIDENT, Priority.HIGH, Channel.WEB, List.of(), Map.of(), REQUESTER, NOW));
        }

        @Test
        void a_blank_subject_is_refused_naming_the_field() {
            fixture.givenNoPriorActivity()
                    .when(open("   ", Priority.LOW, List.of()))
                    .expectNoEvents()
                    .expectException(fieldRule("subject"))
                    .expectExceptionMessage("subject is required");
        }

        @Test
        void a_subject_over_200_characters_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(open("x".repeat(201), Priority.LOW, List.of()))
                    .expectNoEvents()
                    .expectExceptionMessage("subject must be at most 200 characters");
        }

        @Test
        void a_description_over_64_kib_is_refused() {
            var command = new OpenTicketCommand(TICKET, "Big", "é".repeat(32 * 1024 + 1), ALICE, TicketType.INQUIRY,
                    null, Channel.EMAIL, List.of(), Map.of(), REQUESTER);
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectNoEvents()
                    .expectExceptionMessage("description must be at most 65536 bytes (UTF-8)");
        }

        @Test
        void a_requester_without_a_valid_email_is_refused() {
            var command = new OpenTicketCommand(TICKET, "Hello", "", new Requester("not-an-address", "Bob", null),
                    TicketType.INQUIRY, null, Channel.WEB, List.of(), Map.of(), REQUESTER);
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectNoEvents()
                    .expectExceptionMessage("requester.email must be an email address");
        }

        @Test
        void tags_must_be_lower_case_words() {
            fixture.givenNoPriorActivity()
                    .when(open("Hello", null, List.of("Not A Tag")))
                    .expectNoEvents()
                    .expectException(fieldRule("tags"));
        }

        private OpenTicketCommand open(String subject, Priority priority, List<String> tags) {
            return new OpenTicketCommand(TICKET, subject, "It smokes", ALICE, TicketType.INCIDENT, priority,
                    Channel.WEB, tags, Map.of(), REQUESTER);
        }
    }

    @Nested
    class TicketTypes {

        private static final Map<String, String> BUG_FIELDS =
                Map.of("stepsToReproduce", "print a page", "productVersion", "4.2");

        @Test
        void a_bug_report_without_its_product_version_is_refused_naming_the_field() {
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.BUG_REPORT, null, Map.of("stepsToReproduce", "print a page")))
                    .expectNoEvents()
                    .expectException(fieldRule("customFields.productVersion"))
                    .expectExceptionMessage("customFields.productVersion is required to open a BUG_REPORT ticket");
        }

        @Test
        void a_bug_report_with_its_required_fields_opens_at_its_default_priority() {
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.BUG_REPORT, null, BUG_FIELDS))
                    .expectEvents(opened(TicketType.BUG_REPORT, Priority.NORMAL, BUG_FIELDS));
        }

        @Test
        void each_type_without_a_priority_gets_its_own_default() {
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.COMPLAINT, null, Map.of()))
                    .expectEvents(opened(TicketType.COMPLAINT, Priority.HIGH, Map.of()));
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.INQUIRY, null, Map.of()))
                    .expectEvents(opened(TicketType.INQUIRY, Priority.NORMAL, Map.of()));
        }

        @Test
        void an_incident_of_high_impact_and_high_urgency_is_urgent() {
            var fields = Map.of("impact", "HIGH", "urgency", "HIGH");
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.INCIDENT, null, fields))
                    .expectEvents(opened(TicketType.INCIDENT, Priority.URGENT, fields));
        }

        @Test
        void an_incident_of_low_impact_and_medium_urgency_is_low() {
            var fields = Map.of("impact", "low", "urgency", "MEDIUM");
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.INCIDENT, null, fields))
                    .expectEvents(opened(TicketType.INCIDENT, Priority.LOW, fields));
        }

        @Test
        void an_explicit_priority_wins_over_the_matrix() {
            var fields = Map.of("impact", "HIGH", "urgency", "HIGH");
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.INCIDENT, Priority.LOW, fields))
                    .expectEvents(opened(TicketType.INCIDENT, Priority.LOW, fields));
        }

        @Test
        void an_explicit_priority_wins_over_the_types_default() {
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.COMPLAINT, Priority.LOW, Map.of()))
                    .expectEvents(opened(TicketType.COMPLAINT, Priority.LOW, Map.of()));
        }

        @Test
        void an_impact_outside_the_matrix_is_refused_naming_the_field() {
            fixture.givenNoPriorActivity()
                    .when(open(TicketType.INCIDENT, null, Map.of("impact", "CATASTROPHIC", "urgency", "HIGH")))
                    .expectNoEvents()
                    .expectException(fieldRule("customFields.impact"));
        }

        @Test
        void categorizing_into_a_type_whose_required_fields_the_ticket_lacks_is_refused() {
            fixture.given(openedWith(Map.of("productVersion", "4.2")))
                    .when(new CategorizeTicketCommand(TICKET, TicketType.BUG_REPORT, "printers", List.of(), AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("customFields.stepsToReproduce"))
                    .expectExceptionMessage(
                            "customFields.stepsToReproduce is required to categorize the ticket as a BUG_REPORT ticket");
        }

        @Test
        void categorizing_remembers_the_fields_the_ticket_was_opened_with_across_a_reload() {
            fixture.given(openedWith(BUG_FIELDS), new TicketCategorized(TICKET, TicketType.INQUIRY, null, List.of(),
                            AGENT, NOW.minusSeconds(60)))
                    .when(new CategorizeTicketCommand(TICKET, TicketType.BUG_REPORT, "printers", List.of(), AGENT))
                    .expectEvents(new TicketCategorized(TICKET, TicketType.BUG_REPORT, "printers", List.of(), AGENT,
                            NOW));
        }

        private OpenTicketCommand open(TicketType type, Priority priority, Map<String, String> fields) {
            return new OpenTicketCommand(TICKET, "Printer on fire", "It smokes", ALICE, type, priority, Channel.WEB,
                    List.of(), fields, REQUESTER);
        }

        private TicketOpened opened(TicketType type, Priority priority, Map<String, String> fields) {
            return new TicketOpened(TICKET, "Printer on fire", "It smokes", ALICE, type, priority, Channel.WEB,
                    List.of(), fields, REQUESTER, NOW);
        }
    }

    /** The usual opened ticket, carrying {@code customFields}. */
    private static TicketOpened openedWith(Map<String, String> customFields) {
        TicketOpened o = opened();
        return new TicketOpened(o.ticketId(), o.subject(), o.description(), o.requester(), o.type(), o.priority(),
                o.channel(), o.tags(), customFields, o.openedBy(), o.openedAt());
    }

    @Nested
    class Classifying {

        @Test
        void categorizing_sets_type_category_and_the_full_tag_set() {
            fixture.given(openedWith(Map.of("stepsToReproduce", "print a page", "productVersion", "4.2")))
                    .when(new CategorizeTicketCommand(TICKET, TicketType.BUG_REPORT, " printers/fuser ",
                            List.of("hardware", "fuser"), ROUTING))
                    .expectEvents(new TicketCategorized(TICKET, TicketType.BUG_REPORT, "printers/fuser",
                            List.of("hardware", "fuser"), ROUTING, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.NEW));
        }

        @Test
        void categorizing_without_a_type_is_refused_naming_the_field() {
            fixture.given(opened())
                    .when(new CategorizeTicketCommand(TICKET, null, "printers", List.of(), AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("type"));
        }

        @Test
        void changing_tags_records_only_what_actually_changes() {
            fixture.given(opened())
                    .when(new ChangeTicketTagsCommand(TICKET, List.of("hardware", "vip"), List.of("hardware", "nope"),
                            AGENT))
                    .expectException(fieldRule("add"));
            fixture.given(opened())
                    .when(new ChangeTicketTagsCommand(TICKET, List.of("vip", "fuser"), List.of("hardware", "nope"),
                            AGENT))
                    .expectEvents(new TicketTagsChanged(TICKET, List.of("vip", "fuser"), List.of("hardware"), AGENT,
                            NOW));
        }

        @Test
        void adding_a_tag_the_ticket_already_has_changes_nothing() {
            fixture.given(opened())
                    .when(new ChangeTicketTagsCommand(TICKET, List.of("hardware"), List.of(), AGENT))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void changing_the_priority_records_from_to_and_why() {
            fixture.given(opened(), assigned())
                    .when(new ChangeTicketPriorityCommand(TICKET, Priority.URGENT, " a hospital ", AGENT))
                    .expectEvents(new TicketPriorityChanged(TICKET, Priority.NORMAL, Priority.URGENT, "a hospital",
                            AGENT, NOW));
        }

        @Test
        void changing_to_the_same_priority_emits_nothing_so_sla_clocks_do_not_restart() {
            fixture.given(opened())
                    .when(new ChangeTicketPriorityCommand(TICKET, Priority.NORMAL, "no change", AGENT))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void changing_the_priority_without_a_reason_is_refused() {
            fixture.given(opened())
                    .when(new ChangeTicketPriorityCommand(TICKET, Priority.HIGH, " ", AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("reason"))
                    .expectExceptionMessage("reason is required");
        }
    }

    @Nested
    class Ownership {

        @Test
        void assigning_a_new_ticket_opens_it() {
            fixture.given(opened())
                    .when(new AssignTicketCommand(TICKET, "agent-7", "team-1", "printer skills", ROUTING))
                    .expectEvents(new TicketAssigned(TICKET, "agent-7", "team-1", "printer skills", ROUTING, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN));
        }

        @Test
        void assigning_the_same_agent_of_the_same_team_again_changes_nothing() {
            fixture.given(opened(), assigned())
                    .when(new AssignTicketCommand(TICKET, "agent-7", "team-1", "again", ROUTING))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void reassigning_records_the_new_owner() {
            fixture.given(opened(), assigned())
                    .when(new AssignTicketCommand(TICKET, "agent-9", "team-2", null, AGENT))
                    .expectEvents(new TicketAssigned(TICKET, "agent-9", "team-2", null, AGENT, NOW));
        }

        @Test
        void assigning_without_an_agent_is_refused_naming_the_field() {
            fixture.given(opened())
                    .when(new AssignTicketCommand(TICKET, null, "team-1", null, ROUTING))
                    .expectNoEvents()
                    .expectException(fieldRule("agentId"));
        }

        @Test
        void unassigning_names_the_previous_agent() {
            fixture.given(opened(), assigned())
                    .when(new UnassignTicketCommand(TICKET, "went offline", ROUTING))
                    .expectEvents(new TicketUnassigned(TICKET, "agent-7", "went offline", ROUTING, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN));
        }

        @Test
        void unassigning_a_ticket_nobody_owns_is_refused() {
            fixture.given(opened(), assigned(), new TicketUnassigned(TICKET, "agent-7", null, ROUTING, NOW))
                    .when(new UnassignTicketCommand(TICKET, null, ROUTING))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot unassign the ticket: nobody is assigned to it");
        }

        @Test
        void a_command_without_an_actor_is_refused_naming_issued_by() {
            fixture.given(opened())
                    .when(new AssignTicketCommand(TICKET, "agent-7", "team-1", null, null))
                    .expectNoEvents()
                    .expectException(fieldRule("issuedBy"));
        }
    }

    @Nested
    class Messages {

        @Test
        void an_agents_public_reply_opens_a_new_ticket_and_is_its_first_response() {
            fixture.given(opened())
                    .when(message(PUBLIC_REPLY, AGENT))
                    .expectEvents(new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, AGENT, "Hello", List.of(), NOW))
                    .expectState(ticket -> {
                        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
                        assertThat(ticket.firstResponseAt()).isEqualTo(NOW);
                    });
        }

        @Test
        void the_first_response_is_recorded_once() {
            Instant first = NOW.minus(Duration.ofHours(3));
            fixture.given(opened(), new MessageAdded(TICKET, UUID.randomUUID(), PUBLIC_REPLY, AGENT, "Hi", List.of(), first))
                    .when(message(PUBLIC_REPLY, Actor.agent("agent-9")))
                    .expectSuccessfulHandlerExecution()
                    .expectState(ticket -> assertThat(ticket.firstResponseAt()).isEqualTo(first));
        }

        @Test
        void neither_an_internal_note_nor_the_requesters_reply_is_a_first_response() {
            fixture.given(opened(),
                            new MessageAdded(TICKET, UUID.randomUUID(), INTERNAL_NOTE, AGENT, "Hmm", List.of(), NOW),
                            new MessageAdded(TICKET, UUID.randomUUID(), PUBLIC_REPLY, REQUESTER, "Any news?", List.of(),
                                    NOW))
                    .when(message(INTERNAL_NOTE, AGENT))
                    .expectState(ticket -> {
                        assertThat(ticket.firstResponseAt()).isNull();
                        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
                    });
        }

        @Test
        void an_internal_note_by_the_requester_is_refused() {
            fixture.given(opened(), assigned())
                    .when(message(INTERNAL_NOTE, REQUESTER))
                    .expectNoEvents()
                    .expectException(fieldRule("visibility"))
                    .expectExceptionMessage("internal notes are written by agents; the requester can write public"
                            + " replies only");
        }

        @Test
        void the_platform_may_add_an_internal_note_but_not_a_public_reply() {
            fixture.given(opened())
                    .when(message(INTERNAL_NOTE, ROUTING))
                    .expectEvents(new MessageAdded(TICKET, MESSAGE, INTERNAL_NOTE, ROUTING, "Hello", List.of(), NOW));
            fixture.given(opened())
                    .when(message(PUBLIC_REPLY, ROUTING))
                    .expectNoEvents()
                    .expectException(fieldRule("visibility"));
        }

        @Test
        void the_requesters_reply_resumes_a_ticket_awaiting_the_customer() {
            fixture.given(opened(), assigned(), awaitingCustomer())
                    .when(message(PUBLIC_REPLY, REQUESTER))
                    .expectEvents(new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, REQUESTER, "Hello", List.of(), NOW),
                            new TicketResumed(TICKET, REQUESTER, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN));
        }

        @Test
        void an_agents_reply_leaves_a_ticket_awaiting_the_customer_pending() {
            fixture.given(opened(), assigned(), awaitingCustomer())
                    .when(message(PUBLIC_REPLY, AGENT))
                    .expectEvents(new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, AGENT, "Hello", List.of(), NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING));
        }

        @Test
        void the_requesters_reply_within_the_window_reopens_a_resolved_ticket() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(6))))
                    .when(message(PUBLIC_REPLY, REQUESTER))
                    .expectEvents(new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, REQUESTER, "Hello", List.of(), NOW),
                            new TicketReopened(TICKET, "the requester replied", REQUESTER, NOW));
        }

        @Test
        void the_requesters_reply_after_the_window_is_refused() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(8))))
                    .when(message(PUBLIC_REPLY, REQUESTER))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot reopen the ticket: the requester may reopen it only within 7 days"
                            + " of its resolution; an agent can still reopen it");
        }

        @Test
        void a_message_without_a_body_is_refused_naming_the_field() {
            fixture.given(opened())
                    .when(new AddTicketMessageCommand(TICKET, MESSAGE, PUBLIC_REPLY, "", null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("body"));
        }

        @Test
        void a_message_never_shows_its_body_when_printed() {
            assertThat(message(PUBLIC_REPLY, REQUESTER).toString()).doesNotContain("Hello");
        }

        private AddTicketMessageCommand message(MessageVisibility visibility, Actor author) {
            return new AddTicketMessageCommand(TICKET, MESSAGE, visibility, "Hello", null, author);
        }
    }

    @Nested
    class Waiting {

        @Test
        void awaiting_the_customer_makes_the_ticket_pending() {
            fixture.given(opened(), assigned())
                    .when(new AwaitCustomerCommand(TICKET, "the printer's model", AGENT))
                    .expectEvents(new TicketAwaitingCustomer(TICKET, "the printer's model", AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING));
        }

        @Test
        void putting_on_hold_parks_the_ticket() {
            fixture.given(opened(), assigned())
                    .when(new PutTicketOnHoldCommand(TICKET, "waiting on the vendor", AGENT))
                    .expectEvents(new TicketPutOnHold(TICKET, "waiting on the vendor", AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.ON_HOLD));
        }

        @Test
        void putting_on_hold_without_a_reason_is_refused() {
            fixture.given(opened(), assigned())
                    .when(new PutTicketOnHoldCommand(TICKET, null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("reason"));
        }

        @Test
        void resuming_a_ticket_on_hold_opens_it_again() {
            fixture.given(opened(), assigned(), onHold())
                    .when(new ResumeTicketCommand(TICKET, AGENT))
                    .expectEvents(new TicketResumed(TICKET, AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN));
        }

        @Test
        void resuming_an_open_ticket_is_refused_because_nothing_waits() {
            fixture.given(opened(), assigned())
                    .when(new ResumeTicketCommand(TICKET, AGENT))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot resume the ticket while it is OPEN: only a ticket that is pending"
                            + " or on hold can be resumed; a resolved one is reopened");
        }
    }

    @Nested
    class Resolution {

        @Test
        void resolving_records_the_code_and_note() {
            fixture.given(opened(), assigned())
                    .when(new ResolveTicketCommand(TICKET, ResolutionCode.WORKAROUND_PROVIDED, "use the other one",
                            AGENT))
                    .expectEvents(new TicketResolved(TICKET, ResolutionCode.WORKAROUND_PROVIDED, "use the other one",
                            AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED));
        }

        @Test
        void resolving_without_a_resolution_code_is_refused() {
            fixture.given(opened(), assigned())
                    .when(new ResolveTicketCommand(TICKET, null, "done", AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("resolutionCode"));
        }

        @Test
        void the_requester_may_reopen_within_the_window() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(6))))
                    .when(new ReopenTicketCommand(TICKET, "still smokes", REQUESTER))
                    .expectEvents(new TicketReopened(TICKET, "still smokes", REQUESTER, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN));
        }

        @Test
        void the_requester_may_not_reopen_after_the_window() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(REOPEN_WINDOW)))
                    .when(new ReopenTicketCommand(TICKET, "still smokes", REQUESTER))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot reopen the ticket: the requester may reopen it only within 7 days"
                            + " of its resolution; an agent can still reopen it");
        }

        @Test
        void an_agent_may_reopen_after_the_window() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(60))))
                    .when(new ReopenTicketCommand(TICKET, "fix incomplete", AGENT))
                    .expectEvents(new TicketReopened(TICKET, "fix incomplete", AGENT, NOW));
        }

        @Test
        void the_reopen_window_is_configuration() {
            TicketHistory.fixture(new ReopenPolicy(Duration.ofHours(36)))
                    .given(opened(), assigned(), resolved(NOW.minus(Duration.ofHours(37))))
                    .when(new ReopenTicketCommand(TICKET, "still smokes", REQUESTER))
                    .expectNoEvents()
                    .expectExceptionMessage("cannot reopen the ticket: the requester may reopen it only within 36"
                            + " hours of its resolution; an agent can still reopen it");
        }

        @Test
        void closing_a_resolved_ticket_closes_it_by_hand() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(1))))
                    .when(new CloseTicketCommand(TICKET, AGENT))
                    .expectEvents(new TicketClosed(TICKET, AGENT, CloseReason.MANUAL, null, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED));
        }

        @Test
        void a_resolved_ticket_is_closed_automatically_once_its_resolution_period_has_passed() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(AUTO_CLOSE_AFTER)))
                    .when(new AutoCloseTicketCommand(TICKET))
                    .expectEvents(new TicketClosed(TICKET, AutoCloseTicketCommand.AUTO_CLOSER,
                            CloseReason.AUTO_CLOSED, null, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED));
        }

        @Test
        void an_automatic_close_before_the_resolution_period_has_passed_is_rejected() {
            Instant resolvedAt = NOW.minus(AUTO_CLOSE_AFTER).plusSeconds(1);
            fixture.given(opened(), assigned(), resolved(resolvedAt))
                    .when(new AutoCloseTicketCommand(TICKET))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot close the ticket automatically: it is due at "
                            + resolvedAt.plus(AUTO_CLOSE_AFTER) + ", 7 days after its resolution");
        }

        @Test
        void the_resolution_period_restarts_when_a_reopened_ticket_is_resolved_again() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(10))),
                            new TicketReopened(TICKET, "still smokes", AGENT, NOW.minus(Duration.ofDays(9))),
                            resolved(NOW.minus(Duration.ofDays(1))))
                    .when(new AutoCloseTicketCommand(TICKET))
                    .expectNoEvents()
                    .expectException(stateRule());
        }

        @Test
        void a_reopened_ticket_is_not_closed_automatically() {
            fixture.given(opened(), assigned(), resolved(NOW.minus(Duration.ofDays(10))),
                            new TicketReopened(TICKET, "still smokes", AGENT, NOW.minus(Duration.ofDays(9))))
                    .when(new AutoCloseTicketCommand(TICKET))
                    .expectNoEvents()
                    .expectExceptionMessage("cannot close the ticket while it is OPEN: only a resolved ticket can be"
                            + " closed, so that reporting knows how it ended; resolve it first");
        }

        @Test
        void reopening_a_closed_ticket_is_rejected() {
            fixture.given(inStatus(TicketStatus.CLOSED))
                    .when(new ReopenTicketCommand(TICKET, "still smokes", AGENT))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot reopen the ticket while it is CLOSED: a closed ticket is final;"
                            + " open a new ticket instead");
        }
    }

    @Test
    void routings_assignment_applies_only_while_the_ticket_is_owned_as_routing_expects() {
        fixture.given(opened(), assigned())
                .when(new AssignTicketCommand(TICKET, "agent-9", "team-1", "least loaded", ROUTING,
                        ExpectedAssignee.nobody()))
                .expectNoEvents()
                .expectException(stateRule())
                .expectExceptionMessage("cannot assign the ticket: the sender expected it to be unassigned, but it"
                        + " is assigned to agent-7");
        fixture.given(opened(), assigned())
                .when(new AssignTicketCommand(TICKET, "agent-9", "team-1", "agent-7 went offline", ROUTING,
                        new ExpectedAssignee("agent-7")))
                .expectEvents(new TicketAssigned(TICKET, "agent-9", "team-1", "agent-7 went offline", ROUTING, NOW));
    }

    @Test
    void a_message_with_an_id_the_ticket_already_has_is_not_written_again() {
        fixture.given(opened(), assigned(),
                        new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, AGENT, "Which model?", List.of(), NOW))
                .when(new AddTicketMessageCommand(TICKET, MESSAGE, PUBLIC_REPLY, "Which model?", null, AGENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_different_message_under_an_id_already_written_is_rejected() {
        fixture.given(opened(), assigned(),
                        new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, AGENT, "Which model?", List.of(), NOW))
                .when(new AddTicketMessageCommand(TICKET, MESSAGE, PUBLIC_REPLY, "Which floor?", null, AGENT))
                .expectNoEvents()
                .expectException(fieldRule("messageId"));
    }

    @Test
    void a_retried_message_succeeds_even_after_the_ticket_was_closed() {
        fixture.given(opened(), assigned(),
                        new MessageAdded(TICKET, MESSAGE, PUBLIC_REPLY, AGENT, "Fixed it", List.of(), NOW),
                        resolved(NOW), closed())
                .when(new AddTicketMessageCommand(TICKET, MESSAGE, PUBLIC_REPLY, "Fixed it", null, AGENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Nested
    class Links {

        private final TicketLinked linked = new TicketLinked(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT,
                NOW.minus(Duration.ofHours(2)));

        @Test
        void linking_records_how_the_ticket_relates_to_the_other_one() {
            fixture.given(opened(), assigned())
                    .when(new LinkTicketCommand(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT))
                    .expectEvents(new TicketLinked(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.links())
                            .containsExactlyEntriesOf(Map.of(OTHER_TICKET, TicketLinkType.CAUSED_BY)));
        }

        @Test
        void linking_the_same_way_twice_changes_nothing() {
            fixture.given(opened(), assigned(), linked)
                    .when(new LinkTicketCommand(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void linking_an_already_linked_ticket_another_way_is_rejected() {
            fixture.given(opened(), assigned(), linked)
                    .when(new LinkTicketCommand(TICKET, OTHER_TICKET, TicketLinkType.BLOCKS, AGENT))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot link the ticket: it is already linked to that ticket as CAUSED_BY;"
                            + " remove that link first");
        }

        @Test
        void linking_a_ticket_to_itself_is_rejected() {
            fixture.given(opened())
                    .when(new LinkTicketCommand(TICKET, TICKET, TicketLinkType.RELATES_TO, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("linkedTicketId"));
        }

        @Test
        void a_link_without_its_type_is_rejected() {
            fixture.given(opened())
                    .when(new LinkTicketCommand(TICKET, OTHER_TICKET, null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("linkType"));
        }

        @Test
        void unlinking_removes_the_link_and_says_which_type_it_had() {
            fixture.given(opened(), assigned(), linked)
                    .when(new UnlinkTicketCommand(TICKET, OTHER_TICKET, AGENT))
                    .expectEvents(new TicketUnlinked(TICKET, OTHER_TICKET, TicketLinkType.CAUSED_BY, AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.links()).isEmpty());
        }

        @Test
        void unlinking_a_ticket_that_is_not_linked_is_rejected() {
            fixture.given(opened(), assigned())
                    .when(new UnlinkTicketCommand(TICKET, OTHER_TICKET, AGENT))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot unlink the ticket: it has no link to that ticket");
        }

        @Test
        void a_ticket_has_at_most_a_hundred_links() {
            List<Object> past = new ArrayList<>(List.of(opened()));
            for (int i = 0; i < 100; i++) {
                past.add(new TicketLinked(TICKET, UUID.randomUUID(), TicketLinkType.RELATES_TO, AGENT, NOW));
            }
            fixture.given(past)
                    .when(new LinkTicketCommand(TICKET, OTHER_TICKET, TicketLinkType.RELATES_TO, AGENT))
                    .expectNoEvents()
                    .expectExceptionMessage("cannot link the ticket: a ticket has at most 100 links");
        }
    }

    @Nested
    class Escalation {

        @Test
        void the_first_escalation_reaches_level_one_and_is_manual_unless_said_otherwise() {
            fixture.given(opened(), assigned())
                    .when(new EscalateTicketCommand(TICKET, "first response overdue", null, null, ROUTING))
                    .expectEvents(new TicketEscalated(TICKET, 1, MANUAL, "first response overdue", null, ROUTING, NOW));
        }

        @Test
        void escalating_again_goes_one_level_up() {
            fixture.given(opened(), assigned(), new TicketEscalated(TICKET, 1, MANUAL, "overdue", null, ROUTING, NOW),
                            new TicketEscalated(TICKET, 2, MANUAL, "still overdue", null, ROUTING, NOW))
                    .when(new EscalateTicketCommand(TICKET, "customer complained", MANUAL, null, AGENT))
                    .expectEvents(new TicketEscalated(TICKET, 3, MANUAL, "customer complained", null, AGENT, NOW))
                    .expectState(ticket -> assertThat(ticket.escalationLevel()).isEqualTo(3));
        }

        @Test
        void the_platform_escalates_on_an_sla_breach_and_may_ask_for_another_team() {
            fixture.given(opened())
                    .when(new EscalateTicketCommand(TICKET, "resolution overdue", SLA_BREACH, " escalations ", ROUTING))
                    .expectEvents(new TicketEscalated(TICKET, 1, SLA_BREACH, "resolution overdue", "escalations",
                            ROUTING, NOW));
        }

        @Test
        void a_person_cannot_claim_an_sla_trigger() {
            fixture.given(opened())
                    .when(new EscalateTicketCommand(TICKET, "feels late", SLA_WARNING, null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("trigger"));
        }

        @Test
        void a_target_team_id_longer_than_an_id_is_refused() {
            fixture.given(opened())
                    .when(new EscalateTicketCommand(TICKET, "slow", MANUAL, "t".repeat(101), AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("targetTeamId"));
        }

        @Test
        void escalating_without_a_reason_is_refused() {
            fixture.given(opened())
                    .when(new EscalateTicketCommand(TICKET, "", null, null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("reason"));
        }
    }

    @Nested
    class Satisfaction {

        @Test
        void the_requester_rates_a_resolved_ticket() {
            fixture.given(inStatus(TicketStatus.RESOLVED))
                    .when(new RateSatisfactionCommand(TICKET, 4, "quick", REQUESTER))
                    .expectEvents(new SatisfactionRated(TICKET, 4, "quick", REQUESTER, NOW));
        }

        @Test
        void rating_twice_is_refused() {
            fixture.given(opened(), assigned(), resolved(NOW), new SatisfactionRated(TICKET, 4, null, REQUESTER, NOW))
                    .when(new RateSatisfactionCommand(TICKET, 1, "changed my mind", REQUESTER))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot rate the ticket again: a ticket is rated once");
        }

        @Test
        void a_ticket_rated_before_a_reopening_is_not_rated_again() {
            fixture.given(opened(), assigned(), resolved(NOW), new SatisfactionRated(TICKET, 2, null, REQUESTER, NOW),
                            new TicketReopened(TICKET, "still smokes", REQUESTER, NOW), resolved(NOW))
                    .when(new RateSatisfactionCommand(TICKET, 5, null, REQUESTER))
                    .expectNoEvents()
                    .expectException(stateRule());
        }

        @Test
        void rating_before_resolution_is_refused() {
            fixture.given(opened(), assigned())
                    .when(new RateSatisfactionCommand(TICKET, 5, null, REQUESTER))
                    .expectNoEvents()
                    .expectException(stateRule())
                    .expectExceptionMessage("cannot rate the ticket while it is OPEN: a ticket can be rated once it"
                            + " is resolved");
        }

        @Test
        void only_the_requester_rates() {
            fixture.given(inStatus(TicketStatus.RESOLVED))
                    .when(new RateSatisfactionCommand(TICKET, 5, null, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("issuedBy"))
                    .expectExceptionMessage("only the requester can rate the ticket");
        }

        @Test
        void a_score_outside_one_to_five_is_refused() {
            fixture.given(inStatus(TicketStatus.RESOLVED))
                    .when(new RateSatisfactionCommand(TICKET, 6, null, REQUESTER))
                    .expectNoEvents()
                    .expectException(fieldRule("score"))
                    .expectExceptionMessage("score must be 1 to 5");
        }
    }

    @Nested
    class Merging {

        @Test
        void merging_closes_the_duplicate_with_a_link_to_the_ticket_that_carries_on() {
            fixture.given(opened(), assigned())
                    .when(new MergeTicketCommand(TICKET, OTHER_TICKET, AGENT))
                    .expectEvents(new TicketMerged(TICKET, OTHER_TICKET, AGENT, NOW),
                            new TicketClosed(TICKET, AGENT, CloseReason.MERGED, OTHER_TICKET, NOW))
                    .expectState(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED));
        }

        @Test
        void a_ticket_cannot_be_merged_into_itself() {
            fixture.given(opened())
                    .when(new MergeTicketCommand(TICKET, TICKET, AGENT))
                    .expectNoEvents()
                    .expectException(fieldRule("targetTicketId"));
        }
    }
}
