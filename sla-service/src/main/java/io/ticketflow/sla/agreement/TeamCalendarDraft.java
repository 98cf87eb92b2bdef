package io.ticketflow.sla.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A team's calendar as written in a request and stored as a version's definition. The team comes from the path; the
 * body may repeat it, so that a read can be sent back as it is ({@code version} and {@code effectiveFrom} are
 * ignored), but never name another.
 */
@JsonIgnoreProperties({"version", "effectiveFrom"})
public record TeamCalendarDraft(String teamId, String calendarId) {

    public static TeamCalendarDraft of(TeamCalendar team) {
        return new TeamCalendarDraft(team.teamId(), team.calendarId());
    }
}
