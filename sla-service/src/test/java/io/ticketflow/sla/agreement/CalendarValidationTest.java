package io.ticketflow.sla.agreement;

import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarValidationTest {

    private static final List<CalendarDraft.HolidayDraft> CHRISTMAS =
            List.of(new CalendarDraft.HolidayDraft("2026-12-25", "Christmas Day"));

    @Test
    void a_valid_draft_becomes_the_calendar_with_intervals_by_start_and_days_off() {
        BusinessCalendar calendar = CalendarValidation.calendar("emea-office", 3, draft("Europe/Berlin",
                week("MONDAY", "13:30-17:00", "09:00-12:30", "SATURDAY", "10:00-24:00", "SUNDAY"), CHRISTMAS));

        assertThat(calendar.id()).isEqualTo("emea-office");
        assertThat(calendar.version()).isEqualTo(3);
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(calendar.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(calendar.week().get(DayOfWeek.MONDAY)).extracting(WorkingHours::toString)
                .containsExactly("09:00-12:30", "13:30-17:00");
        assertThat(calendar.week().get(DayOfWeek.SATURDAY).get(0).untilMidnight()).isTrue();
        assertThat(calendar.holidays()).singleElement()
                .satisfies(holiday -> assertThat(holiday.date()).isEqualTo(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void the_canonical_draft_of_a_calendar_reads_back_into_the_same_calendar() {
        BusinessCalendar calendar = CalendarValidation.calendar("emea-office", 1, draft("Europe/Berlin",
                week("FRIDAY", "13:00-17:00", "08:00-12:00", "MONDAY", "09:00-17:00"), CHRISTMAS));

        CalendarDraft canonical = CalendarDraft.of(calendar);

        assertThat(canonical.week().keySet()).containsExactly("MONDAY", "FRIDAY");
        assertThat(canonical.week().get("FRIDAY")).containsExactly("08:00-12:00", "13:00-17:00");
        assertThat(CalendarValidation.calendar("emea-office", 1, canonical)).isEqualTo(calendar);
    }

    @Test
    void an_unknown_zone_is_named() {
        assertRefused(draft("Mars/Olympus", week("MONDAY", "09:00-17:00"), null), "zone", "not a known time zone");
        assertRefused(draft(null, week("MONDAY", "09:00-17:00"), null), "zone", "is required");
    }

    @Test
    void malformed_intervals_are_named_by_day_and_position() {
        assertRefused(draft("UTC", week("MONDAY", "09:00-12:00", "9-5"), null), "week.MONDAY[1]", "HH:mm-HH:mm");
        assertRefused(draft("UTC", week("MONDAY", "25:00-26:00"), null), "week.MONDAY[0]", "HH:mm-HH:mm");
        assertRefused(draft("UTC", week("MONDAY", "09:00:30-12:00"), null), "week.MONDAY[0]", "HH:mm-HH:mm");
        assertRefused(draft("UTC", week("TUESDAY", "17:00-09:00"), null), "week.TUESDAY[0]", "end after it starts");
        assertRefused(draft("UTC", week("FUNDAY", "09:00-17:00"), null), "week.FUNDAY", "MONDAY");
    }

    @Test
    void overlapping_intervals_name_the_later_one_and_the_one_it_overlaps() {
        assertRefused(draft("UTC", week("MONDAY", "09:00-12:30", "12:00-17:00"), null), "week.MONDAY[1]",
                "overlaps 09:00-12:30 (week.MONDAY[0])");
        assertRefused(draft("UTC", week("MONDAY", "13:00-14:00", "08:00-18:00"), null), "week.MONDAY[1]",
                "overlaps 13:00-14:00");
    }

    @Test
    void touching_intervals_do_not_overlap() {
        assertThat(CalendarValidation.calendar("c", 1, draft("UTC", week("MONDAY", "09:00-12:00", "12:00-13:00"), null))
                .week().get(DayOfWeek.MONDAY)).hasSize(2);
    }

    @Test
    void a_calendar_without_working_hours_is_refused() {
        assertRefused(draft("UTC", week("MONDAY", "SUNDAY"), null), "week", "at least one day");
        assertRefused(draft("UTC", Map.of(), null), "week", "is required");
    }

    @Test
    void a_holiday_twice_or_without_a_valid_date_is_named() {
        List<CalendarDraft.HolidayDraft> twice = List.of(new CalendarDraft.HolidayDraft("2026-12-25", "Christmas"),
                new CalendarDraft.HolidayDraft("2026-12-26", "Boxing Day"),
                new CalendarDraft.HolidayDraft("2026-12-25", "Christmas again"));
        assertRefused(draft("UTC", week("MONDAY", "09:00-17:00"), twice), "holidays[2].date",
                "is also the date of holidays[0]");
        assertRefused(draft("UTC", week("MONDAY", "09:00-17:00"),
                List.of(new CalendarDraft.HolidayDraft("25.12.2026", "Christmas"))), "holidays[0].date", "ISO date");
    }

    @Test
    void an_id_must_be_a_slug() {
        for (String id : new String[] {"EMEA", "emea office", "-emea", "emea--office", "emea-", ""}) {
            assertThatThrownBy(() -> CalendarValidation.calendar(id, 1, draft("UTC", week("MONDAY", "09:00-17:00"), null)))
                    .as(id).isInstanceOfSatisfying(InvalidDefinition.class, ex -> assertThat(ex.violations())
                            .extracting(Violation::field).containsExactly("id"));
        }
    }

    @Test
    void every_violation_is_named_at_once() {
        InvalidDefinition refused = catchThrowableOfType(InvalidDefinition.class, () -> CalendarValidation.calendar(
                "Bad Id", 1, new CalendarDraft(null, " ", "Nowhere/Land", week("MONDAY", "x"), null)));

        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("id", "name", "zone", "week.MONDAY[0]");
    }

    private static void assertRefused(CalendarDraft draft, String field, String reason) {
        InvalidDefinition refused = catchThrowableOfType(InvalidDefinition.class,
                () -> CalendarValidation.calendar("emea-office", 1, draft));
        assertThat(refused).as(field).isNotNull();
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.reason()).contains(reason);
        });
    }

    static CalendarDraft draft(String zone, Map<String, List<String>> week, List<CalendarDraft.HolidayDraft> holidays) {
        return new CalendarDraft("emea-office", "EMEA office hours", zone, week, holidays);
    }

    /** Day names each followed by their intervals: {@code week("MONDAY", "09:00-17:00", "SUNDAY")}. */
    static Map<String, List<String>> week(String... daysAndIntervals) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        String day = null;
        for (String item : daysAndIntervals) {
            if (Character.isLetter(item.charAt(0)) && item.equals(item.toUpperCase())) {
                day = item;
                week.put(day, new ArrayList<>());
            } else {
                week.get(day).add(item);
            }
        }
        return week;
    }
}
