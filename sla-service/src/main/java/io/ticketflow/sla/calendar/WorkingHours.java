package io.ticketflow.sla.calendar;

import java.time.LocalTime;

/**
 * One interval of working time within a day, in the calendar's local time.
 *
 * @param from        the first working instant of the interval
 * @param to          the end of the interval (exclusive)
 * @param untilMidnight whether the interval runs to the end of the day (written {@code 24:00}); {@code to} is
 *                    then {@link LocalTime#MIDNIGHT} and ignored
 */
public record WorkingHours(LocalTime from, LocalTime to, boolean untilMidnight) {

    public WorkingHours {
        if (from == null || (to == null && !untilMidnight)) {
            throw new IllegalArgumentException("working hours need a start and an end");
        }
        if (untilMidnight) {
            to = LocalTime.MIDNIGHT;
        } else if (!from.isBefore(to)) {
            throw new IllegalArgumentException("working hours must end after they start: " + from + "-" + to);
        }
    }

    /** Parses {@code HH:mm-HH:mm}; the end may be {@code 24:00}. */
    public static WorkingHours parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("working hours are written HH:mm-HH:mm, for example 09:00-17:30");
        }
        LocalTime from = LocalTime.parse(parts[0].strip());
        String end = parts[1].strip();
        return "24:00".equals(end) ? new WorkingHours(from, null, true) : new WorkingHours(from, LocalTime.parse(end), false);
    }

    /** Seconds from the start of the day to the end of the interval (86,400 for {@code 24:00}). */
    long endSecondOfDay() {
        return untilMidnight ? 86_400 : to.toSecondOfDay();
    }

    /** Whether the two intervals share working time; touching ends ({@code 09:00-12:00}, {@code 12:00-13:00}) do not. */
    public boolean overlaps(WorkingHours other) {
        return from.toSecondOfDay() < other.endSecondOfDay() && other.from.toSecondOfDay() < endSecondOfDay();
    }

    @Override
    public String toString() {
        return from + "-" + (untilMidnight ? "24:00" : to.toString());
    }
}
