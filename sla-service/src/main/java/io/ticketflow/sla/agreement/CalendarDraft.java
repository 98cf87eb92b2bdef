package io.ticketflow.sla.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as written in a request and stored as a version's definition: text as the client sent it,
 * so that {@link CalendarValidation} can name every field it refuses. The stored form is {@link #of} a validated
 * calendar, so it reads back into the same calendar. What a read answers besides the definition ({@code version},
 * {@code effectiveFrom}) is ignored, so that a calendar read and edited can be sent back as it is.
 *
 * @param week     per day name ({@code MONDAY} … {@code SUNDAY}) the working intervals, such as {@code 09:00-12:30};
 *                 {@code 24:00} ends a day
 * @param holidays whole days off, as ISO dates
 */
@JsonIgnoreProperties({"version", "effectiveFrom"})
public record CalendarDraft(String id, String name, String zone, Map<String, List<String>> week,
        List<HolidayDraft> holidays) {

    /** A day off: an ISO date ({@code 2026-12-25}) and a name for people. */
    public record HolidayDraft(String date, String name) {
    }

    /** The canonical form: days in week order, intervals by start, holidays by date. */
    public static CalendarDraft of(BusinessCalendar calendar) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        calendar.week().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(day -> week.put(
                day.getKey().name(), day.getValue().stream().map(Object::toString).toList()));
        List<HolidayDraft> holidays = calendar.holidays().stream()
                .map(holiday -> new HolidayDraft(holiday.date().toString(), holiday.name())).toList();
        return new CalendarDraft(calendar.id(), calendar.name(), calendar.zone().getId(), week, holidays);
    }
}
