package io.ticketflow.sla.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An SLA policy as written in a request and stored as a version's definition: text as the client sent it, so
 * that {@link PolicyValidation} can name every field it refuses. The stored form is {@link #of} a validated
 * policy, so it reads back into the same policy. What a read answers besides the definition ({@code version},
 * {@code effectiveFrom}, {@code retired}) is ignored, so that a policy read and edited can be sent back as it is; a
 * {@code PUT} always stores a version in force, {@code DELETE} the retired one.
 *
 * @param targets          per priority name, ISO-8601 durations of business time
 * @param warningThreshold percent of a target after which a warning is raised; 75 when absent
 * @param calendarId       the calendar the targets count in; absent counts around the clock
 */
@JsonIgnoreProperties({"version", "effectiveFrom", "retired"})
public record PolicyDraft(String id, String name, Integer rank, List<String> types, List<String> organisations,
        Map<String, TargetsDraft> targets, Integer warningThreshold, String calendarId, Boolean pauseOnHold,
        List<EscalationDraft> escalations) {

    /** Durations such as {@code PT4H} or {@code P1D} (24 hours of business time); at least one. */
    public record TargetsDraft(String firstResponse, String nextResponse, String resolution) {
    }

    /**
     * What to do on a warning or breach ({@code on}) of one clock ({@code target}; every clock when absent):
     * at least one of the actions.
     */
    public record EscalationDraft(String on, String target, String raisePriorityTo, String escalationTeamId,
            Boolean escalate) {
    }

    /** The canonical form: types, priorities in their order, organisations sorted. */
    public static PolicyDraft of(SlaPolicy policy) {
        Map<String, TargetsDraft> targets = new LinkedHashMap<>();
        policy.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> targets.put(entry.getKey().name(), draft(entry.getValue())));
        List<EscalationDraft> escalations = policy.escalations().stream().map(rule -> new EscalationDraft(
                rule.on().name(), name(rule.target()), name(rule.raisePriorityTo()), rule.escalationTeamId(),
                rule.escalate())).toList();
        return new PolicyDraft(policy.id(), policy.name(), policy.rank(),
                policy.types().stream().sorted().map(Enum::name).toList(),
                policy.organisations().stream().sorted(Comparator.naturalOrder()).toList(),
                targets, policy.warningThreshold(), policy.calendarId(), policy.pauseOnHold(), escalations);
    }

    private static TargetsDraft draft(Targets targets) {
        return new TargetsDraft(text(targets.firstResponse()), text(targets.nextResponse()), text(targets.resolution()));
    }

    private static String text(Duration duration) {
        return Objects.toString(duration, null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
