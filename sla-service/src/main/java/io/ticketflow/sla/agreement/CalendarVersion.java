package io.ticketflow.sla.agreement;

import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Instant;

/**
 * One stored version of a calendar and the instant it took effect; the calendar itself stays free of storage
 * concerns. Clocks started from then on count in it.
 */
public record CalendarVersion(BusinessCalendar calendar, Instant effectiveFrom) {

    public String id() {
        return calendar.id();
    }

    public int version() {
        return calendar.version();
    }
}
