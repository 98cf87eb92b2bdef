package io.ticketflow.sla.calendar;

import java.time.LocalDate;

/** A whole day without working time, in the calendar's local time; the name is for people. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        if (date == null) {
            throw new IllegalArgumentException("a holiday needs a date");
        }
    }
}
