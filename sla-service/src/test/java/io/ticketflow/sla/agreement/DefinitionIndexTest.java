package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionIndexTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void the_lowest_rank_that_covers_the_ticket_wins_and_equal_ranks_go_by_id() {
        DefinitionIndex index = DefinitionIndex.EMPTY.with(1, List.of(), List.of(
                policy("broad", 1, T1, 50, Set.of(), Set.of(), false),
                policy("incidents", 1, T1, 10, Set.of(TicketType.INCIDENT), Set.of(), false),
                policy("acme", 1, T1, 10, Set.of(), Set.of("acme"), false),
                policy("beta", 1, T1, 10, Set.of(), Set.of("acme"), false)), List.of());

        assertThat(covering(index, TicketType.INCIDENT, "globex", T2)).hasValue("incidents");
        assertThat(covering(index, TicketType.INQUIRY, "globex", T2)).hasValue("broad");
        assertThat(covering(index, TicketType.INQUIRY, "acme", T2)).hasValue("acme");
        assertThat(covering(index, TicketType.INCIDENT, "acme", T2)).hasValue("acme");
        assertThat(index.covering(TicketType.INCIDENT, Priority.LOW, "globex", T2)).as("no LOW targets").isEmpty();
    }

    @Test
    void each_policy_answers_with_its_version_in_effect_and_a_retired_one_covers_nothing() {
        DefinitionIndex index = DefinitionIndex.EMPTY.with(3, List.of(), List.of(
                policy("p", 1, T1, 10, Set.of(), Set.of(), false),
                policy("p", 2, T2, 10, Set.of(), Set.of(), false),
                policy("p", 3, T3, 10, Set.of(), Set.of(), true),
                policy("fallback", 1, T1, 99, Set.of(), Set.of(), false)), List.of());

        assertThat(version(index, T1.minusSeconds(1))).isEmpty();
        assertThat(version(index, T1)).hasValue("p/1");
        assertThat(version(index, T2.minusNanos(1000))).hasValue("p/1");
        assertThat(version(index, T2)).hasValue("p/2");
        assertThat(version(index, T3)).hasValue("fallback/1");
        assertThat(index.currentPolicies()).extracting(SlaPolicy::id).containsExactly("fallback");
        assertThat(index.currentPolicy("p")).get().extracting(SlaPolicy::version).isEqualTo(3);
        assertThat(index.policy("p", 2)).get().extracting(SlaPolicy::effectiveFrom).isEqualTo(T2);
    }

    @Test
    void a_calendar_answers_with_its_version_in_effect_and_its_first_before_any() {
        DefinitionIndex index = DefinitionIndex.EMPTY.with(2, List.of(calendar(1, T2), calendar(2, T3)), List.of(),
                List.of());

        assertThat(index.calendarAt("office", T1)).get().extracting(CalendarVersion::version).isEqualTo(1);
        assertThat(index.calendarAt("office", T3.minusSeconds(1))).get().extracting(CalendarVersion::version).isEqualTo(1);
        assertThat(index.calendarAt("office", T3)).get().extracting(CalendarVersion::version).isEqualTo(2);
        assertThat(index.calendarAt("elsewhere", T3)).isEmpty();
    }

    @Test
    void versions_added_later_join_those_known_and_a_version_read_twice_is_kept_once() {
        DefinitionIndex first = DefinitionIndex.EMPTY.with(1, List.of(calendar(1, T1)), List.of(), List.of());

        DefinitionIndex second = first.with(2, List.of(calendar(1, T1), calendar(2, T2)), List.of(), List.of());

        assertThat(second.change()).isEqualTo(2);
        assertThat(second.calendar("office", 1)).isPresent();
        assertThat(second.currentCalendars()).singleElement().extracting(CalendarVersion::version).isEqualTo(2);
        assertThat(first.currentCalendar("office")).get().extracting(CalendarVersion::version).isEqualTo(1);
    }

    @Test
    void a_team_has_the_calendar_of_its_version_in_effect_in_that_calendars_version_and_none_before_or_once_removed() {
        Instant t4 = Instant.parse("2026-04-01T00:00:00Z");
        DefinitionIndex index = DefinitionIndex.EMPTY.with(4, List.of(calendar(1, T1), calendar(2, T3)), List.of(),
                List.of(new TeamCalendar("tier-1", 1, T2, "office", false),
                        new TeamCalendar("tier-1", 2, t4, "office", true)));

        assertThat(index.teamCalendarAt("tier-1", T2.minusNanos(1000))).as("before the team had one").isEmpty();
        assertThat(index.teamCalendarAt("tier-1", T2)).get().extracting(BusinessCalendar::id, BusinessCalendar::version)
                .containsExactly("office", 1);
        assertThat(index.teamCalendarAt("tier-1", T3)).get().extracting(BusinessCalendar::version).isEqualTo(2);
        assertThat(index.teamCalendarAt("tier-1", t4)).as("removed").isEmpty();
        assertThat(index.teamCalendarAt("tier-2", T3)).isEmpty();
        assertThat(index.currentTeamCalendar("tier-1")).get().extracting(TeamCalendar::removed).isEqualTo(true);
        assertThat(index.currentTeamCalendars()).isEmpty();
    }

    private static Optional<String> covering(DefinitionIndex index, TicketType type, String organisation, Instant at) {
        return index.covering(type, Priority.URGENT, organisation, at).map(SlaPolicy::id);
    }

    private static Optional<String> version(DefinitionIndex index, Instant at) {
        return index.covering(TicketType.INCIDENT, Priority.URGENT, null, at)
                .map(policy -> policy.id() + "/" + policy.version());
    }

    private static SlaPolicy policy(String id, int version, Instant from, int rank, Set<TicketType> types,
            Set<String> organisations, boolean retired) {
        return new SlaPolicy(id, version, from, id, rank, types, organisations,
                Map.of(Priority.URGENT, new Targets(Duration.ofHours(1), null, Duration.ofHours(4))), 75, null, false,
                List.of(), retired);
    }

    private static CalendarVersion calendar(int version, Instant from) {
        return new CalendarVersion(new BusinessCalendar("office", version, "Office", ZoneId.of("Europe/Berlin"),
                Map.of(DayOfWeek.MONDAY, List.of(WorkingHours.parse("09:00-17:00"))), List.of()), from);
    }
}
