package io.ticketflow.sla.agreement;

import java.time.Instant;

/**
 * One version of a team's business calendar. From {@code effectiveFrom} on, a ticket with the team whose policy has
 * no calendar of its own counts its clocks in {@code calendarId}. A removed version repeats the calendar it removes,
 * as a retired policy repeats its definition: from its {@code effectiveFrom} on the team has no calendar.
 *
 * @param teamId  a routing-service team id
 * @param version starts at 1, one more with every change
 */
public record TeamCalendar(String teamId, int version, Instant effectiveFrom, String calendarId, boolean removed) {
}
