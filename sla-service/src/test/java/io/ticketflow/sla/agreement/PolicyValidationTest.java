package io.ticketflow.sla.agreement;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyValidationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void a_valid_draft_becomes_the_policy() {
        SlaPolicy policy = policy(standard());

        assertThat(policy.id()).isEqualTo("standard");
        assertThat(policy.version()).isEqualTo(2);
        assertThat(policy.effectiveFrom()).isEqualTo(NOW);
        assertThat(policy.rank()).isEqualTo(10);
        assertThat(policy.types()).containsExactly(TicketType.INCIDENT);
        assertThat(policy.organisations()).isEmpty();
        assertThat(policy.targetsFor(Priority.URGENT)).hasValue(
                new Targets(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(8)));
        assertThat(policy.targetsFor(Priority.LOW)).isEmpty();
        assertThat(policy.warningThreshold()).isEqualTo(75);
        assertThat(policy.calendarId()).isEqualTo("emea-office");
        assertThat(policy.escalations()).singleElement().satisfies(rule -> {
            assertThat(rule.appliesTo(EscalationRule.Moment.BREACH, SlaTarget.FIRST_RESPONSE)).isTrue();
            assertThat(rule.raisePriorityTo()).isEqualTo(Priority.URGENT);
            assertThat(rule.escalationTeamId()).isEqualTo("tier-2");
        });
    }

    @Test
    void the_canonical_draft_of_a_policy_reads_back_into_the_same_policy() {
        SlaPolicy policy = policy(standard());

        assertThat(policy(PolicyDraft.of(policy))).isEqualTo(policy);
    }

    @Test
    void targets_must_be_positive_iso_durations_of_known_priorities() {
        assertRefused(with(d -> targets(d, Map.of("URGENT", new PolicyDraft.TargetsDraft("PT1H", null, "PT0S")))),
                "targets.URGENT.resolution", "longer than zero");
        assertRefused(with(d -> targets(d, Map.of("URGENT", new PolicyDraft.TargetsDraft("-PT1H", null, null)))),
                "targets.URGENT.firstResponse", "longer than zero");
        assertRefused(with(d -> targets(d, Map.of("HIGH", new PolicyDraft.TargetsDraft("4 hours", null, null)))),
                "targets.HIGH.firstResponse", "ISO-8601 duration");
        assertRefused(with(d -> targets(d, Map.of("HIGH", new PolicyDraft.TargetsDraft(null, "P400D", null)))),
                "targets.HIGH.nextResponse", "at most 366 days");
        assertRefused(with(d -> targets(d, Map.of("CRITICAL", new PolicyDraft.TargetsDraft("PT1H", null, null)))),
                "targets.CRITICAL", "LOW, NORMAL, HIGH or URGENT");
        assertRefused(with(d -> targets(d, Map.of("LOW", new PolicyDraft.TargetsDraft(null, null, null)))),
                "targets.LOW", "at least one of");
        assertRefused(with(d -> targets(d, Map.of())), "targets", "is required");
    }

    @Test
    void the_warning_threshold_is_a_percentage_from_1_to_99_defaulting_to_75() {
        assertRefused(with(d -> threshold(d, 0)), "warningThreshold", "from 1 to 99");
        assertRefused(with(d -> threshold(d, 100)), "warningThreshold", "from 1 to 99");
        assertThat(policy(threshold(standard(), 99)).warningThreshold()).isEqualTo(99);
        assertThat(policy(threshold(standard(), null)).warningThreshold()).isEqualTo(75);
    }

    @Test
    void unknown_ticket_types_and_empty_organisations_are_named() {
        assertRefused(with(d -> new PolicyDraft(d.id(), d.name(), d.rank(), List.of("INCIDENT", "OUTAGE"),
                d.organisations(), d.targets(), d.warningThreshold(), d.calendarId(), d.pauseOnHold(), d.escalations())),
                "types[1]", "INCIDENT, SERVICE_REQUEST");
        assertRefused(with(d -> new PolicyDraft(d.id(), d.name(), d.rank(), d.types(), List.of(" "), d.targets(),
                d.warningThreshold(), d.calendarId(), d.pauseOnHold(), d.escalations())), "organisations[0]", "not empty");
    }

    @Test
    void the_calendar_must_exist() {
        InvalidDefinition refused = catchThrowableOfType(InvalidDefinition.class, () -> PolicyValidation.policy(
                "standard", 1, NOW, false, standard(), id -> false));

        assertThat(refused.violations()).singleElement().extracting(Violation::field).isEqualTo("calendarId");
    }

    @Test
    void an_escalation_needs_a_known_moment_and_an_action() {
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft("BREACH", null, null, " ", false))),
                "escalations[0]", "at least one action");
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft("LATE", null, null, null, true))),
                "escalations[0].on", "WARNING or BREACH");
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft(null, null, null, null, true))),
                "escalations[0].on", "is required");
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft("WARNING", "REPLY", null, null, true))),
                "escalations[0].target", "FIRST_RESPONSE");
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft("WARNING", null, "SOON", null, null))),
                "escalations[0].raisePriorityTo", "URGENT");
        assertRefused(with(d -> escalations(d, new PolicyDraft.EscalationDraft("WARNING", null, null, "Tier 2", null))),
                "escalations[0].escalationTeamId", "team id");
    }

    @Test
    void rank_and_name_are_required() {
        assertRefused(with(d -> new PolicyDraft(d.id(), d.name(), null, d.types(), d.organisations(), d.targets(),
                d.warningThreshold(), d.calendarId(), d.pauseOnHold(), d.escalations())), "rank", "is required");
        assertRefused(with(d -> new PolicyDraft(d.id(), "", d.rank(), d.types(), d.organisations(), d.targets(),
                d.warningThreshold(), d.calendarId(), d.pauseOnHold(), d.escalations())), "name", "is required");
    }

    private static SlaPolicy policy(PolicyDraft draft) {
        return PolicyValidation.policy("standard", 2, NOW, false, draft, "emea-office"::equals);
    }

    private static void assertRefused(PolicyDraft draft, String field, String reason) {
        InvalidDefinition refused = catchThrowableOfType(InvalidDefinition.class, () -> policy(draft));
        assertThat(refused).as(field).isNotNull();
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.reason()).contains(reason);
        });
    }

    private static PolicyDraft with(UnaryOperator<PolicyDraft> change) {
        return change.apply(standard());
    }

    /** The example of the issue: incidents in EMEA office hours, breached first responses escalated. */
    static PolicyDraft standard() {
        return new PolicyDraft("standard", "Standard", 10, List.of("INCIDENT"), List.of(),
                Map.of("URGENT", new PolicyDraft.TargetsDraft("PT1H", "PT2H", "PT8H")), null, "emea-office", false,
                List.of(new PolicyDraft.EscalationDraft("BREACH", "FIRST_RESPONSE", "URGENT", "tier-2", true)));
    }

    private static PolicyDraft targets(PolicyDraft d, Map<String, PolicyDraft.TargetsDraft> targets) {
        return new PolicyDraft(d.id(), d.name(), d.rank(), d.types(), d.organisations(), targets, d.warningThreshold(),
                d.calendarId(), d.pauseOnHold(), d.escalations());
    }

    private static PolicyDraft threshold(PolicyDraft d, Integer threshold) {
        return new PolicyDraft(d.id(), d.name(), d.rank(), d.types(), d.organisations(), d.targets(), threshold,
                d.calendarId(), d.pauseOnHold(), d.escalations());
    }

    private static PolicyDraft escalations(PolicyDraft d, PolicyDraft.EscalationDraft rule) {
        return new PolicyDraft(d.id(), d.name(), d.rank(), d.types(), d.organisations(), d.targets(),
                d.warningThreshold(), d.calendarId(), d.pauseOnHold(), List.of(rule));
    }
}
