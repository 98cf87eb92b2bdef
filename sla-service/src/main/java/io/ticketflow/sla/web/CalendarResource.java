package io.ticketflow.sla.web;

import io.ticketflow.sla.agreement.CalendarDraft;
import io.ticketflow.sla.agreement.CalendarVersion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of a calendar as the API shows it: the definition in its canonical form, version and effect. */
record CalendarResource(String id, int version, Instant effectiveFrom, String name, String zone,
        Map<String, List<String>> week, List<CalendarDraft.HolidayDraft> holidays) {

    static CalendarResource of(CalendarVersion stored) {
        CalendarDraft definition = CalendarDraft.of(stored.calendar());
        return new CalendarResource(stored.id(), stored.version(), stored.effectiveFrom(), definition.name(),
                definition.zone(), definition.week(), definition.holidays());
    }
}
