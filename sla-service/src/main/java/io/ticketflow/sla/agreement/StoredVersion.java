package io.ticketflow.sla.agreement;

import java.time.Instant;

/**
 * One row of {@code business_calendar_version}, {@code sla_policy_version} or {@code team_calendar_version}: the
 * definition as its JSON document; {@code retired} is a policy's retirement or a team calendar's removal.
 * Reading it back goes through the same validation as a request, which the document passed when it was written;
 * a rule tightened later must keep accepting what is stored, because versions are history.
 */
record StoredVersion(String id, int version, Instant effectiveFrom, boolean retired, String definition) {

    static StoredVersion of(CalendarVersion calendar) {
        return new StoredVersion(calendar.id(), calendar.version(), calendar.effectiveFrom(), false,
                DefinitionDocuments.write(CalendarDraft.of(calendar.calendar())));
    }

    static StoredVersion of(SlaPolicy policy) {
        return new StoredVersion(policy.id(), policy.version(), policy.effectiveFrom(), policy.retired(),
                DefinitionDocuments.write(PolicyDraft.of(policy)));
    }

    static StoredVersion of(TeamCalendar team) {
        return new StoredVersion(team.teamId(), team.version(), team.effectiveFrom(), team.removed(),
                DefinitionDocuments.write(TeamCalendarDraft.of(team)));
    }

    CalendarVersion calendar() {
        return new CalendarVersion(CalendarValidation.calendar(id, version,
                DefinitionDocuments.read(definition, CalendarDraft.class)), effectiveFrom);
    }

    /** The calendar it names existed when it was written, and calendars are never deleted. */
    SlaPolicy policy() {
        return PolicyValidation.policy(id, version, effectiveFrom, retired,
                DefinitionDocuments.read(definition, PolicyDraft.class), calendarId -> true);
    }

    /** As for a policy, the calendar it names existed when it was written. */
    TeamCalendar teamCalendar() {
        return TeamCalendarValidation.teamCalendar(id, version, effectiveFrom, retired,
                DefinitionDocuments.read(definition, TeamCalendarDraft.class), calendarId -> true);
    }
}
