package io.ticketflow.sla.agreement;

import java.time.Instant;
import java.util.function.Predicate;

/** Judges a {@link TeamCalendarDraft}: a routing-service team id and a calendar that exists. */
public final class TeamCalendarValidation {

    private TeamCalendarValidation() {
    }

    /** Version {@code version} of team {@code teamId}'s calendar as {@code draft} says; {@link InvalidDefinition} if not. */
    static TeamCalendar teamCalendar(String teamId, int version, Instant effectiveFrom, boolean removed,
            TeamCalendarDraft draft, Predicate<String> knownCalendar) {
        if (draft == null) {
            throw Violations.refusal("body", "must be a team calendar such as {\"calendarId\": \"emea-office\"}");
        }
        Violations violations = new Violations();
        violations.teamId("teamId", teamId);
        if (draft.teamId() != null && !draft.teamId().equals(teamId)) {
            violations.add("teamId", "differs from the team in the path");
        }
        if (draft.calendarId() == null || draft.calendarId().isBlank()) {
            violations.add("calendarId", "is required: the id of a calendar under /api/sla/calendars");
        } else {
            violations.calendarId("calendarId", draft.calendarId(), knownCalendar);
        }
        violations.refuseIfAny();
        return new TeamCalendar(teamId, version, effectiveFrom, draft.calendarId(), removed);
    }

    /** Refuses a team id routing-service would not have given, so that asking about one is a 400, not a 404. */
    public static void requireTeamId(String teamId) {
        Violations violations = new Violations();
        violations.teamId("teamId", teamId);
        violations.refuseIfAny();
    }
}
