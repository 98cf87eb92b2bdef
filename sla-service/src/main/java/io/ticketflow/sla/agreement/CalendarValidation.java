package io.ticketflow.sla.agreement;

import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.Holiday;
import io.ticketflow.sla.calendar.WorkingHours;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges a {@link CalendarDraft} and turns it into a {@link BusinessCalendar}, naming every refused field by its
 * path ({@code week.MONDAY[1]}, {@code holidays[2].date}) before refusing.
 */
public final class CalendarValidation {

    public static final int MAX_INTERVALS_A_DAY = 24;
    public static final int MAX_HOLIDAYS = 1_000;
    // stricter than LocalTime.parse, which also takes seconds and fractions no one means in opening hours
    private static final Pattern INTERVAL =
            Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$");

    private final Violations violations = new Violations();

    private CalendarValidation() {
    }

    /** Version {@code version} of calendar {@code id} as {@code draft} describes it; {@link InvalidDefinition} if not. */
    public static BusinessCalendar calendar(String id, int version, CalendarDraft draft) {
        if (draft == null) {
            throw Violations.refusal("body", "must be a calendar");
        }
        CalendarValidation validation = new CalendarValidation();
        validation.violations.slug("id", id);
        String name = validation.violations.name("name", draft.name());
        ZoneId zone = validation.zone(draft.zone());
        Map<DayOfWeek, List<WorkingHours>> week = validation.week(draft.week());
        List<Holiday> holidays = validation.holidays(draft.holidays());
        validation.violations.refuseIfAny();
        return new BusinessCalendar(id, version, name, zone, week, holidays);
    }

    private ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            violations.add("zone", "is required: an IANA time zone such as Europe/Berlin");
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            violations.add("zone", "is not a known time zone; use an IANA name such as Europe/Berlin");
            return null;
        }
    }

    private Map<DayOfWeek, List<WorkingHours>> week(Map<String, List<String>> week) {
        if (week == null || week.isEmpty()) {
            violations.add("week", "is required: working hours for at least one day, such as "
                    + "{\"MONDAY\": [\"09:00-17:00\"]}");
            return Map.of();
        }
        Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
        boolean valid = true;
        for (Map.Entry<String, List<String>> entry : week.entrySet()) {
            String path = "week." + entry.getKey();
            DayOfWeek day = violations.oneOf(path, entry.getKey(), DayOfWeek.class);
            List<WorkingHours> hours = day == null ? null : day(path, entry.getValue());
            if (hours == null) {
                valid = false;
            } else {
                days.put(day, hours);
            }
        }
        if (valid && days.values().stream().allMatch(List::isEmpty)) {
            violations.add("week", "must have working hours on at least one day");
        }
        return days;
    }

    /** One day's intervals, or null when any of them is refused. */
    private List<WorkingHours> day(String path, List<String> intervals) {
        if (intervals == null) {
            violations.add(path, "must be a list of intervals such as [\"09:00-12:30\", \"13:30-17:00\"]");
            return null;
        }
        if (intervals.size() > MAX_INTERVALS_A_DAY) {
            violations.add(path, "must hold at most " + MAX_INTERVALS_A_DAY + " intervals");
            return null;
        }
        List<WorkingHours> hours = new ArrayList<>(intervals.size());
        boolean valid = true;
        for (int i = 0; i < intervals.size(); i++) {
            WorkingHours interval = interval(path, i, intervals.get(i), hours);
            valid &= interval != null;
            hours.add(interval);
        }
        return valid ? hours : null;
    }

    /** The {@code index}th interval of a day; {@code earlier} are those before it (null where refused). */
    private WorkingHours interval(String dayPath, int index, String text, List<WorkingHours> earlier) {
        String path = dayPath + "[" + index + "]";
        if (text == null || !INTERVAL.matcher(text.strip()).matches()) {
            violations.add(path, "must be HH:mm-HH:mm, such as 09:00-17:30 (24:00 ends the day)");
            return null;
        }
        WorkingHours hours;
        try {
            hours = WorkingHours.parse(text);
        } catch (IllegalArgumentException e) {
            violations.add(path, "must end after it starts");
            return null;
        }
        for (int j = 0; j < earlier.size(); j++) {
            if (earlier.get(j) != null && earlier.get(j).overlaps(hours)) {
                violations.add(path, "overlaps " + earlier.get(j) + " (" + dayPath + "[" + j + "])");
                return null;
            }
        }
        return hours;
    }

    private List<Holiday> holidays(List<CalendarDraft.HolidayDraft> holidays) {
        if (holidays == null) {
            return List.of();
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            violations.add("holidays", "must hold at most " + MAX_HOLIDAYS + " days");
            return List.of();
        }
        List<Holiday> days = new ArrayList<>(holidays.size());
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            String path = "holidays[" + i + "]";
            CalendarDraft.HolidayDraft holiday = holidays.get(i);
            if (holiday == null) {
                violations.add(path, "must be a holiday such as {\"date\": \"2026-12-25\", \"name\": \"Christmas Day\"}");
                continue;
            }
            LocalDate date = date(path + ".date", holiday.date());
            String name = violations.text(path + ".name", holiday.name());
            Integer same = date == null ? null : seen.putIfAbsent(date, i);
            if (same != null) {
                violations.add(path + ".date", "is also the date of holidays[" + same + "]");
            } else if (date != null) {
                days.add(new Holiday(date, name));
            }
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }

    private LocalDate date(String field, String date) {
        if (date == null || date.isBlank()) {
            violations.add(field, "is required: an ISO date such as 2026-12-25");
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeException e) {
            violations.add(field, "must be an ISO date such as 2026-12-25");
            return null;
        }
    }
}
