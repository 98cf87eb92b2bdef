package io.ticketflow.sla.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.ticketflow.sla.calendar.Calendars.BERLIN;
import static io.ticketflow.sla.calendar.Calendars.NEW_YORK;
import static io.ticketflow.sla.calendar.Calendars.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Business-time arithmetic. Unless a test says otherwise the calendar is Monday to Friday, 09:00-17:00 in
 * Berlin; 2026-03-02 is a Monday.
 */
class BusinessCalendarTest {

    private final BusinessCalendar office = Calendars.in(BERLIN).weekdays("09:00-17:00").build();

    private static Instant berlin(String localDateTime) {
        return local(BERLIN, localDateTime);
    }

    private static Instant newYork(String localDateTime) {
        return local(NEW_YORK, localDateTime);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    @Test
    void work_started_before_opening_counts_from_opening() {
        assertThat(office.plus(berlin("2026-03-02T07:00"), hours(2))).isEqualTo(berlin("2026-03-02T11:00"));
        assertThat(office.between(berlin("2026-03-02T07:00"), berlin("2026-03-02T11:00"))).isEqualTo(hours(2));
    }

    @Test
    void work_started_inside_hours_runs_on_the_same_day() {
        assertThat(office.plus(berlin("2026-03-02T10:15"), hours(3))).isEqualTo(berlin("2026-03-02T13:15"));
        assertThat(office.between(berlin("2026-03-02T10:15"), berlin("2026-03-02T13:15"))).isEqualTo(hours(3));
    }

    @Test
    void work_that_does_not_fit_the_day_goes_on_the_next_morning() {
        assertThat(office.plus(berlin("2026-03-02T16:00"), hours(2))).isEqualTo(berlin("2026-03-03T10:00"));
        assertThat(office.between(berlin("2026-03-02T16:00"), berlin("2026-03-03T10:00"))).isEqualTo(hours(2));
    }

    @Test
    void work_started_after_closing_counts_from_the_next_morning() {
        assertThat(office.plus(berlin("2026-03-02T18:00"), hours(1))).isEqualTo(berlin("2026-03-03T10:00"));
        assertThat(office.between(berlin("2026-03-02T17:00"), berlin("2026-03-03T09:00"))).isZero();
    }

    @Test
    void work_used_up_at_closing_time_is_due_at_closing_time_not_the_next_morning() {
        assertThat(office.plus(berlin("2026-03-02T13:00"), hours(4))).isEqualTo(berlin("2026-03-02T17:00"));
    }

    @Test
    void work_left_on_friday_afternoon_goes_on_on_monday() {
        assertThat(office.plus(berlin("2026-03-06T16:00"), hours(2))).isEqualTo(berlin("2026-03-09T10:00"));
        assertThat(office.plus(berlin("2026-03-07T12:00"), hours(1))).isEqualTo(berlin("2026-03-09T10:00"));
        assertThat(office.between(berlin("2026-03-06T16:00"), berlin("2026-03-09T10:00"))).isEqualTo(hours(2));
        assertThat(office.plus(berlin("2026-03-02T09:00"), hours(40))).isEqualTo(berlin("2026-03-06T17:00"));
    }

    @Test
    void a_holiday_has_no_working_time() {
        BusinessCalendar withHoliday = Calendars.in(BERLIN).weekdays("09:00-17:00").holiday("2026-03-03").build();

        assertThat(withHoliday.plus(berlin("2026-03-02T16:00"), hours(2))).isEqualTo(berlin("2026-03-04T10:00"));
        assertThat(withHoliday.plus(berlin("2026-03-03T10:00"), hours(1))).isEqualTo(berlin("2026-03-04T10:00"));
        assertThat(withHoliday.between(berlin("2026-03-02T16:00"), berlin("2026-03-04T10:00"))).isEqualTo(hours(2));
        assertThat(withHoliday.between(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00"))).isZero();
    }

    @Test
    void the_lunch_break_is_not_working_time() {
        BusinessCalendar lunch = Calendars.in(BERLIN).weekdays("13:00-17:00", "09:00-12:00").build();

        assertThat(lunch.plus(berlin("2026-03-02T11:00"), hours(2))).isEqualTo(berlin("2026-03-02T14:00"));
        assertThat(lunch.plus(berlin("2026-03-02T12:30"), Duration.ofMinutes(30))).isEqualTo(berlin("2026-03-02T13:30"));
        assertThat(lunch.plus(berlin("2026-03-02T09:00"), hours(3))).isEqualTo(berlin("2026-03-02T12:00"));
        assertThat(lunch.between(berlin("2026-03-02T11:30"), berlin("2026-03-02T13:30"))).isEqualTo(hours(1));
        assertThat(lunch.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"))).isEqualTo(hours(7));
    }

    @Test
    void an_interval_to_midnight_runs_to_the_end_of_the_day() {
        BusinessCalendar evenings = Calendars.in(BERLIN).weekdays("18:00-24:00").build();

        assertThat(evenings.plus(berlin("2026-03-02T23:00"), hours(2))).isEqualTo(berlin("2026-03-03T19:00"));
        assertThat(evenings.plus(berlin("2026-03-02T18:00"), hours(6))).isEqualTo(berlin("2026-03-03T00:00"));
        assertThat(evenings.plus(berlin("2026-03-06T23:30"), hours(1))).isEqualTo(berlin("2026-03-09T18:30"));
        assertThat(evenings.between(berlin("2026-03-02T23:00"), berlin("2026-03-03T00:30"))).isEqualTo(hours(1));
    }

    @Test
    void no_work_needs_no_time_even_outside_hours() {
        Instant saturday = berlin("2026-03-07T12:00");

        assertThat(office.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
        assertThat(office.plus(saturday, hours(-3))).isEqualTo(saturday);
        assertThat(office.between(saturday, saturday)).isZero();
        assertThat(office.between(saturday, berlin("2026-03-08T23:59"))).isZero();
    }

    @Test
    void business_time_backwards_is_negative() {
        assertThat(office.between(berlin("2026-03-03T10:00"), berlin("2026-03-02T16:00"))).isEqualTo(hours(-2));
        assertThat(BusinessCalendar.ALWAYS.between(Instant.parse("2026-03-02T12:00:00Z"),
                Instant.parse("2026-03-02T10:30:00Z"))).isEqualTo(Duration.ofMinutes(-90));
    }

    /** In spring Friday is on CET (UTC+1) and Monday on CEST (UTC+2): the weekend is an hour shorter; in autumn longer. */
    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({"2026-03-27T16:00, 2026-03-30T10:00, 2026-03-30T08:00:00Z",
            "2026-10-23T16:00, 2026-10-26T10:00, 2026-10-26T09:00:00Z"})
    void berlin_office_hours_over_a_daylight_saving_change_end_at_the_same_wall_time(String friday, String monday,
            String mondayInUtc) {
        assertThat(office.plus(berlin(friday), hours(2))).isEqualTo(berlin(monday))
                .isEqualTo(Instant.parse(mondayInUtc));
        assertThat(office.between(berlin(friday), berlin(monday))).isEqualTo(hours(2));
    }

    @Test
    void a_night_shift_over_the_spring_change_is_an_hour_shorter() {
        BusinessCalendar nights = Calendars.in(BERLIN).everyDay("00:00-06:00").holiday("2026-12-25").build();

        assertThat(nights.between(berlin("2026-03-29T00:00"), berlin("2026-03-29T12:00"))).isEqualTo(hours(5));
        // 00:00 CET is 23:00Z; three hours of real time later the wall clock shows 04:00 CEST
        assertThat(nights.plus(berlin("2026-03-29T00:00"), hours(3))).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(nights.plus(berlin("2026-03-29T00:00"), hours(5))).isEqualTo(berlin("2026-03-29T06:00"));
        assertThat(nights.plus(berlin("2026-03-29T00:00"), hours(6))).isEqualTo(berlin("2026-03-30T01:00"));
    }

    @Test
    void a_night_shift_over_the_autumn_change_is_an_hour_longer() {
        BusinessCalendar nights = Calendars.in(BERLIN).everyDay("00:00-06:00").holiday("2026-12-25").build();

        assertThat(nights.between(berlin("2026-10-25T00:00"), berlin("2026-10-25T12:00"))).isEqualTo(hours(7));
        // 00:00 CEST is 22:00Z; three hours later it is 02:00 for the second time, on CET
        assertThat(nights.plus(berlin("2026-10-25T00:00"), hours(3))).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(nights.plus(berlin("2026-10-25T00:00"), hours(7))).isEqualTo(berlin("2026-10-25T06:00"));
    }

    @Test
    void hours_that_start_in_the_skipped_hour_start_when_the_clock_jumps() {
        // on 29 March 2026 the wall clock goes from 01:59:59 to 03:00: 02:30 never shows
        BusinessCalendar early = Calendars.in(BERLIN).on(DayOfWeek.SUNDAY, "02:30-06:00").build();

        assertThat(early.between(berlin("2026-03-29T00:00"), berlin("2026-03-29T12:00"))).isEqualTo(hours(3));
        assertThat(early.plus(berlin("2026-03-28T12:00"), hours(1))).isEqualTo(berlin("2026-03-29T04:00"));
    }

    @Test
    void hours_that_end_in_the_skipped_hour_do_not_count_the_next_hours_twice() {
        BusinessCalendar split = Calendars.in(BERLIN).on(DayOfWeek.SUNDAY, "01:00-02:30", "03:00-05:00").build();

        // 01:00-02:00 CET, then 03:00-05:00 CEST: three hours of real time
        assertThat(split.between(berlin("2026-03-29T00:00"), berlin("2026-03-29T12:00"))).isEqualTo(hours(3));
        assertThat(split.plus(berlin("2026-03-29T00:00"), hours(3))).isEqualTo(berlin("2026-03-29T05:00"));
        assertThat(split.between(berlin("2026-03-22T00:00"), berlin("2026-03-22T12:00"))).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void new_york_office_hours_over_the_spring_change_end_at_the_same_wall_time() {
        BusinessCalendar newYorkOffice = Calendars.in(NEW_YORK).weekdays("09:00-17:00").build();
        Instant friday = newYork("2026-03-06T16:00");

        assertThat(newYorkOffice.plus(friday, hours(2))).isEqualTo(newYork("2026-03-09T10:00"))
                .isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(newYorkOffice.between(friday, newYork("2026-03-09T10:00"))).isEqualTo(hours(2));
    }

    @Test
    void a_new_york_night_shift_over_the_autumn_change_is_an_hour_longer() {
        BusinessCalendar nights = Calendars.in(NEW_YORK).on(DayOfWeek.SUNDAY, "00:00-04:00").build();

        assertThat(nights.between(newYork("2026-11-01T00:00"), newYork("2026-11-01T12:00"))).isEqualTo(hours(5));
        assertThat(nights.between(newYork("2026-03-08T00:00"), newYork("2026-03-08T12:00"))).isEqualTo(hours(3));
        assertThat(nights.plus(newYork("2026-11-01T00:00"), hours(5))).isEqualTo(newYork("2026-11-01T04:00"));
    }

    @Test
    void adding_business_time_and_measuring_it_again_gives_it_back_for_random_instants() {
        Random random = new Random(20260302);
        List<BusinessCalendar> calendars = List.of(office,
                Calendars.in(BERLIN).id("lunch", 1).weekdays("08:00-12:00", "12:45-18:15").holiday("2026-12-25").holiday("2026-03-30")
                        .build(),
                Calendars.in(NEW_YORK).id("saturdays", 1).weekdays("09:00-17:00").on(DayOfWeek.SATURDAY, "10:00-14:00")
                        .holiday("2026-11-26").build(),
                Calendars.in(BERLIN).id("nights", 1).everyDay("00:00-01:30", "01:45-02:30", "03:00-05:00", "22:00-24:00")
                        .holiday("2026-10-24").build(),
                Calendars.in(ZoneId.of("Australia/Lord_Howe")).id("half-hour-shift", 1).everyDay("01:00-03:00", "20:00-24:00").build(),
                BusinessCalendar.ALWAYS);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        // half of the examples start shortly before a daylight-saving change (Berlin, New York, Lord Howe)
        List<Instant> changes = List.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"),
                Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"),
                Instant.parse("2026-04-04T15:00:00Z"), Instant.parse("2026-10-03T15:30:00Z"));
        for (int i = 0; i < 4_000; i++) {
            BusinessCalendar calendar = calendars.get(random.nextInt(calendars.size()));
            boolean nearAChange = random.nextBoolean();
            Instant start = nearAChange
                    ? changes.get(random.nextInt(changes.size())).minusSeconds(random.nextInt(36 * 3_600))
                    : from.plusSeconds(random.nextInt(366 * 86_400));
            Duration work = Duration.ofSeconds(random.nextInt((nearAChange ? 8 : 80) * 3_600));
            Instant end = calendar.plus(start, work);
            Instant later = start.plusSeconds(random.nextInt((nearAChange ? 2 : 20) * 86_400));

            String example = calendar.id() + " from " + start + " for " + work;
            assertThat(calendar.between(start, end)).as(example).isEqualTo(work);
            assertThat(calendar.between(end, start)).as(example).isEqualTo(work.negated());
            // the deadline is the first instant the work is done: no working time is skipped before it
            assertThat(calendar.plus(start, calendar.between(start, later))).as(example).isBeforeOrEqualTo(later)
                    .satisfies(done -> assertThat(calendar.between(done, later)).isZero());
            assertThat(calendar.between(start, later)).as(example).isLessThanOrEqualTo(Duration.between(start, later));
            assertThat(calendar.between(start, end).plus(calendar.between(end, later)))
                    .as(example).isEqualTo(calendar.between(start, later));
        }
    }

    @Test
    void the_always_calendar_counts_wall_time() {
        Instant saturdayNight = Instant.parse("2026-03-07T23:30:00Z");

        assertThat(BusinessCalendar.ALWAYS.isAlwaysOpen()).isTrue();
        assertThat(BusinessCalendar.ALWAYS.plus(saturdayNight, hours(49))).isEqualTo(saturdayNight.plus(hours(49)));
        assertThat(BusinessCalendar.ALWAYS.between(saturdayNight, Instant.parse("2026-03-09T00:30:00Z")))
                .isEqualTo(hours(25));
        assertThat(office.isAlwaysOpen()).isFalse();
    }

    @Test
    void a_round_the_clock_calendar_with_a_holiday_skips_the_holiday() {
        BusinessCalendar roundTheClock = Calendars.in(BERLIN).everyDay("00:00-24:00").holiday("2026-12-25").build();

        assertThat(roundTheClock.isAlwaysOpen()).isFalse();
        assertThat(roundTheClock.plus(berlin("2026-12-24T23:00"), hours(2))).isEqualTo(berlin("2026-12-26T01:00"));
        assertThat(roundTheClock.between(berlin("2026-12-24T00:00"), berlin("2026-12-27T00:00"))).isEqualTo(hours(48));
    }

    @Test
    void a_calendar_closed_for_a_year_finds_the_first_working_hour_after() {
        BusinessCalendar closed2026 = Calendars.in(BERLIN).weekdays("09:00-17:00").holidays("2026-01-01", "2026-12-31")
                .build();

        // 1 January 2027 is a Friday
        assertThat(closed2026.plus(berlin("2026-01-05T10:00"), hours(1))).isEqualTo(berlin("2027-01-01T10:00"));
        assertThat(closed2026.between(berlin("2026-01-01T00:00"), berlin("2027-01-01T00:00"))).isZero();
    }

    @Test
    void a_calendar_closed_for_twelve_years_still_finds_its_next_working_hour() {
        // holidays are finite and every calendar has working hours, so business time always runs out somewhere
        BusinessCalendar closedLong = Calendars.in(BERLIN).id("closed", 1).weekdays("09:00-17:00")
                .holidays("2026-01-01", "2037-12-31").build();

        // 1 January 2038 is a Friday
        assertThat(closedLong.plus(berlin("2026-03-02T09:00"), hours(1))).isEqualTo(berlin("2038-01-01T10:00"));
    }

    @Test
    void overlapping_hours_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.in(BERLIN).weekdays("09:00-12:00", "11:30-17:00").build())
                .withMessageContaining("overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.in(BERLIN).weekdays("00:00-24:00", "23:00-24:00").build())
                .withMessageContaining("overlap");
    }

    @Test
    void hours_that_touch_are_not_an_overlap() {
        BusinessCalendar touching = Calendars.in(BERLIN).weekdays("09:00-12:00", "12:00-17:00").build();

        assertThat(touching.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"))).isEqualTo(hours(8));
        assertThat(touching.plus(berlin("2026-03-02T11:00"), hours(2))).isEqualTo(berlin("2026-03-02T13:00"));
    }

    @Test
    void a_calendar_without_working_hours_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Calendars.in(BERLIN).build())
                .withMessageContaining("working hours");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessCalendar("empty", 1, "empty", BERLIN, Map.of(DayOfWeek.MONDAY, List.of()),
                        List.of()))
                .withMessageContaining("working hours");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessCalendar("none", 1, "none", BERLIN, null, null))
                .withMessageContaining("working hours");
    }

    @Test
    void a_calendar_without_a_zone_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Calendars.in(null).weekdays("09:00-17:00").build())
                .withMessageContaining("time zone");
    }

    @Test
    void working_hours_must_end_after_they_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("17:00-09:00"))
                .withMessageContaining("end after");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("09:00-09:00"))
                .withMessageContaining("end after");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("09:00"))
                .withMessageContaining("HH:mm-HH:mm");
        assertThat(WorkingHours.parse(" 22:00 - 24:00 ")).hasToString("22:00-24:00");
    }
}
