package io.ticketflow.sla.agreement;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Judges a {@link PolicyDraft} and turns it into an {@link SlaPolicy}, naming every refused field by its path
 * ({@code targets.URGENT.resolution}, {@code escalations[0].on}) before refusing. Ticket types and priorities are
 * the contract's enum names, so a policy that could never match is caught when it is written.
 */
public final class PolicyValidation {

    public static final int DEFAULT_WARNING_THRESHOLD = 75;
    public static final int MAX_VALUES = 100;
    public static final int MAX_ESCALATIONS = 20;
    /**
     * No one promises more than a year of business time; with a calendar of one hour a week that is counted day
     * by day over 170 years, which {@code BusinessCalendar} does in milliseconds.
     */
    public static final Duration MAX_TARGET = Duration.ofDays(366);

    private final Violations violations = new Violations();

    private PolicyValidation() {
    }

    /**
     * Version {@code version} of policy {@code id} as {@code draft} describes it; {@link InvalidDefinition} if not.
     *
     * @param knownCalendar whether a calendar id names a stored calendar
     */
    public static SlaPolicy policy(String id, int version, Instant effectiveFrom, boolean retired, PolicyDraft draft,
            Predicate<String> knownCalendar) {
        if (draft == null) {
            throw Violations.refusal("body", "must be a policy");
        }
        PolicyValidation validation = new PolicyValidation();
        Violations violations = validation.violations;
        violations.slug("id", id);
        String name = violations.name("name", draft.name());
        int rank = validation.rank(draft.rank());
        Set<TicketType> types = validation.types(draft.types());
        Set<String> organisations = validation.organisations(draft.organisations());
        Map<Priority, Targets> targets = validation.targets(draft.targets());
        int threshold = validation.warningThreshold(draft.warningThreshold());
        String calendarId = validation.calendarId(draft.calendarId(), knownCalendar);
        List<EscalationRule> escalations = validation.escalations(draft.escalations());
        violations.refuseIfAny();
        return new SlaPolicy(id, version, effectiveFrom, name, rank, types, organisations, targets, threshold,
                calendarId, Boolean.TRUE.equals(draft.pauseOnHold()), escalations, retired);
    }

    private int rank(Integer rank) {
        if (rank == null) {
            violations.add("rank", "is required: policies are tried from the lowest rank up");
            return 0;
        }
        if (rank < 0) {
            violations.add("rank", "must be 0 or more");
        }
        return rank;
    }

    private Set<TicketType> types(List<String> types) {
        Set<TicketType> kept = EnumSet.noneOf(TicketType.class);
        if (tooMany("types", types)) {
            return kept;
        }
        for (int i = 0; types != null && i < types.size(); i++) {
            TicketType type = violations.oneOf("types[" + i + "]", types.get(i), TicketType.class);
            if (type != null) {
                kept.add(type);
            }
        }
        return kept;
    }

    private Set<String> organisations(List<String> organisations) {
        Set<String> kept = new LinkedHashSet<>();
        if (tooMany("organisations", organisations)) {
            return kept;
        }
        for (int i = 0; organisations != null && i < organisations.size(); i++) {
            String field = "organisations[" + i + "]";
            String organisation = violations.text(field, organisations.get(i));
            if (organisations.get(i) == null || organisations.get(i).isBlank()) {
                violations.add(field, "must be an organisation's name, not empty");
            } else if (organisation != null) {
                kept.add(organisation);
            }
        }
        return kept;
    }

    private boolean tooMany(String field, List<String> values) {
        if (values != null && values.size() > MAX_VALUES) {
            violations.add(field, "must hold at most " + MAX_VALUES + " values");
            return true;
        }
        return false;
    }

    private Map<Priority, Targets> targets(Map<String, PolicyDraft.TargetsDraft> targets) {
        Map<Priority, Targets> kept = new EnumMap<>(Priority.class);
        if (targets == null || targets.isEmpty()) {
            violations.add("targets", "is required: targets for at least one priority, such as "
                    + "{\"URGENT\": {\"firstResponse\": \"PT1H\", \"resolution\": \"PT8H\"}}");
            return kept;
        }
        targets.forEach((key, draft) -> {
            String path = "targets." + key;
            Priority priority = violations.oneOf(path, key, Priority.class);
            if (priority == null) {
                return;
            }
            if (draft == null || (draft.firstResponse() == null && draft.nextResponse() == null
                    && draft.resolution() == null)) {
                violations.add(path, "must give at least one of firstResponse, nextResponse and resolution");
                return;
            }
            Duration first = duration(path + ".firstResponse", draft.firstResponse());
            Duration next = duration(path + ".nextResponse", draft.nextResponse());
            Duration resolution = duration(path + ".resolution", draft.resolution());
            kept.put(priority, new Targets(first, next, resolution));
        });
        return kept;
    }

    /** Null when absent or refused. */
    private Duration duration(String field, String text) {
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "must be an ISO-8601 duration such as PT30M, PT4H or P1D (24 hours of business time)");
            return null;
        }
        if (duration.isZero() || duration.isNegative()) {
            violations.add(field, "must be longer than zero");
            return null;
        }
        if (duration.compareTo(MAX_TARGET) > 0) {
            violations.add(field, "must be at most " + MAX_TARGET.toDays() + " days (P366D)");
            return null;
        }
        return duration;
    }

    private int warningThreshold(Integer threshold) {
        if (threshold == null) {
            return DEFAULT_WARNING_THRESHOLD;
        }
        if (threshold < 1 || threshold > 99) {
            violations.add("warningThreshold", "must be a percentage from 1 to 99");
            return DEFAULT_WARNING_THRESHOLD;
        }
        return threshold;
    }

    private String calendarId(String calendarId, Predicate<String> knownCalendar) {
        if (calendarId == null || calendarId.isBlank()) {
            return null;
        }
        violations.calendarId("calendarId", calendarId, knownCalendar);
        return calendarId;
    }

    private List<EscalationRule> escalations(List<PolicyDraft.EscalationDraft> escalations) {
        if (escalations == null) {
            return List.of();
        }
        if (escalations.size() > MAX_ESCALATIONS) {
            violations.add("escalations", "must hold at most " + MAX_ESCALATIONS + " rules");
            return List.of();
        }
        List<EscalationRule> rules = new ArrayList<>(escalations.size());
        for (int i = 0; i < escalations.size(); i++) {
            EscalationRule rule = escalation("escalations[" + i + "]", escalations.get(i));
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private EscalationRule escalation(String path, PolicyDraft.EscalationDraft draft) {
        if (draft == null) {
            violations.add(path, "must be a rule such as {\"on\": \"BREACH\", \"escalate\": true}");
            return null;
        }
        EscalationRule.Moment on = violations.oneOf(path + ".on", draft.on(), EscalationRule.Moment.class);
        SlaTarget target = draft.target() == null ? null : violations.oneOf(path + ".target", draft.target(), SlaTarget.class);
        Priority raise = draft.raisePriorityTo() == null ? null
                : violations.oneOf(path + ".raisePriorityTo", draft.raisePriorityTo(), Priority.class);
        String team = draft.escalationTeamId() == null || draft.escalationTeamId().isBlank() ? null
                : draft.escalationTeamId().strip();
        if (team != null) {
            // the team an escalation moves a ticket to is one of routing's
            violations.teamId(path + ".escalationTeamId", team);
        }
        boolean escalate = Boolean.TRUE.equals(draft.escalate());
        if (draft.raisePriorityTo() == null && team == null && !escalate) {
            violations.add(path, "needs at least one action: raisePriorityTo, escalationTeamId or \"escalate\": true");
        }
        // a policy with any violation is refused as a whole, so a rule is only built while there is none
        return violations.any() ? null : new EscalationRule(on, target, raise, team, escalate);
    }
}
