package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.TeamCalendar;

import java.time.Instant;

/** A team's calendar as the API shows it: which calendar, and since when (the version is also the ETag). */
record TeamCalendarResource(String teamId, String calendarId, int version, Instant effectiveFrom) {

    static TeamCalendarResource of(TeamCalendar team) {
        return new TeamCalendarResource(team.teamId(), team.calendarId(), team.version(), team.effectiveFrom());
    }
}
