package io.ticketflow.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When people work: weekly hours in a time zone, minus holidays. One version of a calendar is immutable, so a
 * clock that started under it computes the same deadlines forever.
 *
 * <p>Local times are turned into instants by the zone's rules of that day: an interval that spans a
 * daylight-saving change holds the real time that passes (an hour less or more); a time in a skipped hour is the
 * instant the clock jumps (so hours 02:30-06:00 start at 03:00 that day), and a time in a repeated hour is its
 * first occurrence. Both keep the intervals of a day apart as instants, so no working time counts twice.
 *
 * @param id       the calendar's id
 * @param version  starts at 1, one more with every change
 * @param name     for people
 * @param zone     the time zone the hours and holidays are in
 * @param week     working hours per day of the week; days not present, or with no interval, are days off
 * @param holidays whole days off
 */
public record BusinessCalendar(String id, int version, String name, ZoneId zone,
        Map<DayOfWeek, List<WorkingHours>> week, List<Holiday> holidays) {

    /** The calendar of clocks that always run: every hour of every day. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar("24x7", 1, "Around the clock", ZoneOffset.UTC,
            allWeek(), List.of());

    public BusinessCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("a calendar needs a time zone");
        }
        EnumMap<DayOfWeek, List<WorkingHours>> sorted = new EnumMap<>(DayOfWeek.class);
        (week == null ? Map.<DayOfWeek, List<WorkingHours>>of() : week).forEach((day, hours) -> {
            List<WorkingHours> ordered = hours.stream().sorted(Comparator.comparing(WorkingHours::from)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                    throw new IllegalArgumentException(day + ": working hours " + ordered.get(i - 1) + " and "
                            + ordered.get(i) + " overlap");
                }
            }
            if (!ordered.isEmpty()) {
                sorted.put(day, ordered);
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs working hours on at least one day");
        }
        week = Map.copyOf(sorted);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /**
     * The instant at which {@code work} of business time, counted from {@code start}, is used up. A zero or
     * negative amount answers {@code start} itself.
     */
    public Instant plus(Instant start, Duration work) {
        if (work.isZero() || work.isNegative()) {
            return start;
        }
        if (isAlwaysOpen()) {
            return start.plus(work);
        }
        Duration left = work;
        LocalDate day = LocalDate.ofInstant(start, zone);
        Set<LocalDate> daysOff = daysOff();
        long maxDays = daysToSpend(work, day);
        for (long i = 0; i < maxDays; i++, day = day.plusDays(1)) {
            if (daysOff.contains(day)) {
                continue;
            }
            for (WorkingHours hours : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant from = later(start(day, hours), start);
                Instant to = end(day, hours);
                if (from.isBefore(to)) {
                    Duration available = Duration.between(from, to);
                    if (left.compareTo(available) <= 0) {
                        return from.plus(left);
                    }
                    left = left.minus(available);
                }
            }
        }
        throw new IllegalStateException("calendar " + id + " ran out of working time within " + maxDays + " days");
    }

    /**
     * More days than {@code work} can take from {@code first} on: whole weeks of the nominal weekly hours, doubled
     * for daylight-saving days, plus a week for every holiday still to come (one may fall on a week's only
     * working day). Every calendar has working hours and finitely many holidays, so the work is always used up
     * within this; the bound only guards against a mistake in this class turning into an endless loop.
     */
    private long daysToSpend(Duration work, LocalDate first) {
        long weekly = week.values().stream().flatMap(List::stream)
                .mapToLong(hours -> hours.endSecondOfDay() - hours.from().toSecondOfDay()).sum();
        long weeks = work.getSeconds() / weekly + 1;
        long holidaysAhead = holidays.stream().filter(holiday -> !holiday.date().isBefore(first)).count();
        return 2 * 7 * weeks + 7 * holidaysAhead + 14;
    }

    /**
     * The business time between two instants: positive when {@code to} is later, negative (the same amount)
     * when it is earlier, so "remaining" can say how far past a deadline a clock is.
     */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        if (isAlwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        Set<LocalDate> daysOff = daysOff();
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            if (daysOff.contains(day)) {
                continue;
            }
            for (WorkingHours hours : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant start = later(start(day, hours), from);
                Instant end = earlier(end(day, hours), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Every day of the week from 00:00 to 24:00 and no holidays: business time is wall time. */
    public boolean isAlwaysOpen() {
        return holidays.isEmpty() && week.size() == 7 && week.values().stream().allMatch(hours -> hours.size() == 1
                && hours.get(0).from().toSecondOfDay() == 0 && hours.get(0).untilMidnight());
    }

    private Set<LocalDate> daysOff() {
        return holidays.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
    }

    private Instant start(LocalDate day, WorkingHours hours) {
        return instant(day.atTime(hours.from()));
    }

    private Instant end(LocalDate day, WorkingHours hours) {
        return instant(hours.untilMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(hours.to()));
    }

    /**
     * {@link ZonedDateTime#of} would push a time in a skipped hour on by the length of the gap (02:30 to 03:30),
     * past the start of hours that begin at 03:00, and count that time twice.
     */
    private Instant instant(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap()
                ? transition.getInstant()
                : ZonedDateTime.of(local, zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<DayOfWeek, List<WorkingHours>> allWeek() {
        EnumMap<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(WorkingHours.parse("00:00-24:00")));
        }
        return week;
    }
}
