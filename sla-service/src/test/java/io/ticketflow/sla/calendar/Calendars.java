package io.ticketflow.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Calendars for tests, written the way a support organisation states its hours. */
public final class Calendars {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final ZoneId zone;
    private String id = "office";
    private int version = 1;
    private final Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
    private final List<Holiday> holidays = new ArrayList<>();

    private Calendars(ZoneId zone) {
        this.zone = zone;
    }

    public static Calendars in(ZoneId zone) {
        return new Calendars(zone);
    }

    /** The instant a wall clock in {@code zone} shows {@code localDateTime} (ISO, e.g. 2026-03-02T09:00). */
    public static Instant local(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    public Calendars id(String id, int version) {
        this.id = id;
        this.version = version;
        return this;
    }

    public Calendars weekdays(String... hours) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                on(day, hours);
            }
        }
        return this;
    }

    public Calendars everyDay(String... hours) {
        for (DayOfWeek day : DayOfWeek.values()) {
            on(day, hours);
        }
        return this;
    }

    public Calendars on(DayOfWeek day, String... hours) {
        week.put(day, Arrays.stream(hours).map(WorkingHours::parse).toList());
        return this;
    }

    public Calendars holiday(String date) {
        holidays.add(new Holiday(LocalDate.parse(date), "holiday"));
        return this;
    }

    /** Every day from {@code first} to {@code last}, both included, is a holiday. */
    public Calendars holidays(String first, String last) {
        LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1))
                .forEach(date -> holidays.add(new Holiday(date, "closed")));
        return this;
    }

    public BusinessCalendar build() {
        return new BusinessCalendar(id, version, id, zone, week, holidays);
    }
}
