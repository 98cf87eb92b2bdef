package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.SlaIntegrationTest;
import io.ticketflow.sla.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the clocks get from {@link StoredPolicyBook}, written through {@link SlaDefinitions} into real PostgreSQL. */
class StoredPolicyBookIT extends SlaIntegrationTest {

    private static final Instant IN_1970 = Instant.parse("1970-01-02T00:00:00Z");

    @Autowired
    private StoredPolicyBook book;

    @Autowired
    private SlaDefinitions definitions;

    @Autowired
    private DefinitionChanges changes;

    @Autowired
    private DefinitionVersions versions;

    @Test
    void the_seeded_default_covers_every_ticket_from_1970_around_the_clock() {
        for (TicketType type : TicketType.values()) {
            for (Priority priority : Priority.values()) {
                assertThat(book.covering(type, priority, null, IN_1970)).as(type + " " + priority).get()
                        .satisfies(policy -> {
                            assertThat(policy.id()).isEqualTo("default");
                            assertThat(policy.calendarId()).isNull();
                        });
            }
        }
        SlaPolicy seeded = book.policy("default", 1);
        assertThat(seeded.targetsFor(Priority.HIGH)).hasValue(
                new Targets(Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1)));
        assertThat(seeded.warningThreshold()).isEqualTo(75);
        assertThat(book.calendarAt(seeded.calendarId(), IN_1970)).isSameAs(BusinessCalendar.ALWAYS);
    }

    @Test
    void the_lowest_rank_covering_the_type_organisation_and_priority_wins() {
        String org = unique("acme");
        SlaPolicy broad = definitions.definePolicy(policy(unique("broad"), 50, List.of(), org, "URGENT", "HIGH"));
        SlaPolicy incidents = definitions.definePolicy(policy(unique("incidents"), 10, List.of("INCIDENT"), org, "URGENT"));
        Instant now = incidents.effectiveFrom();

        assertThat(covering(TicketType.INCIDENT, Priority.URGENT, org, now)).hasValue(incidents.id());
        assertThat(covering(TicketType.INCIDENT, Priority.HIGH, org, now)).as("no HIGH targets in incidents")
                .hasValue(broad.id());
        assertThat(covering(TicketType.INQUIRY, Priority.URGENT, org, now)).hasValue(broad.id());
        assertThat(covering(TicketType.INCIDENT, Priority.LOW, org, now)).as("neither has LOW targets")
                .isNotIn(Optional.of(broad.id()), Optional.of(incidents.id()));
        assertThat(covering(TicketType.INCIDENT, Priority.URGENT, unique("globex"), now)).as("another organisation")
                .isNotIn(Optional.of(broad.id()), Optional.of(incidents.id()));
        assertThat(covering(TicketType.INCIDENT, Priority.URGENT, org, broad.effectiveFrom()))
                .as("before the incidents policy took effect").hasValue(broad.id());
    }

    @Test
    void a_ticket_is_covered_by_the_version_in_effect_at_the_instant_asked_about() {
        String org = unique("initech");
        String id = unique("versioned");
        SlaPolicy first = definitions.definePolicy(policy(id, 20, List.of(), org, "URGENT"));
        SlaPolicy second = definitions.revisePolicy(id, policy(id, 20, List.of(), org, "URGENT", "NORMAL"), 1);
        SlaPolicy retired = definitions.retirePolicy(id, 2);

        assertThat(coveringVersion(org, first.effectiveFrom().minusNanos(1000))).isEmpty();
        assertThat(coveringVersion(org, first.effectiveFrom())).hasValue(1);
        assertThat(coveringVersion(org, second.effectiveFrom().minusNanos(1000))).hasValue(1);
        assertThat(coveringVersion(org, second.effectiveFrom())).hasValue(2);
        assertThat(coveringVersion(org, retired.effectiveFrom().minusNanos(1000))).hasValue(2);
        assertThat(coveringVersion(org, retired.effectiveFrom())).as("retired").isEmpty();
        assertThat(book.policy(id, 1)).isEqualTo(first);
        assertThat(book.policy(id, 3).retired()).isTrue();
        assertThat(second.effectiveFrom()).isAfter(first.effectiveFrom());
    }

    @Test
    void a_calendar_answers_with_the_version_in_effect_and_its_first_before_it_existed() {
        String id = unique("hours");
        CalendarVersion berlin = definitions.defineCalendar(calendar(id, "Europe/Berlin"));
        CalendarVersion tokyo = definitions.reviseCalendar(id, calendar(id, "Asia/Tokyo"), 1);

        assertThat(book.calendarAt(id, berlin.effectiveFrom()).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(book.calendarAt(id, tokyo.effectiveFrom().minusNanos(1000)).version()).isEqualTo(1);
        assertThat(book.calendarAt(id, tokyo.effectiveFrom()).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(book.calendarAt(id, IN_1970).version()).as("before the first version: the first").isEqualTo(1);
        assertThat(book.calendar(id, 1)).isEqualTo(berlin.calendar());
        assertThat(book.calendar(null, 1)).isSameAs(BusinessCalendar.ALWAYS);
        assertThatThrownBy(() -> book.calendarAt(unique("unknown"), IN_1970)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_team_has_the_calendar_in_effect_at_the_instant_asked_about_and_none_before_or_after_its_removal() {
        String team = unique("tier");
        String berlin = unique("berlin");
        String tokyo = unique("tokyo");
        definitions.defineCalendar(calendar(berlin, "Europe/Berlin"));
        definitions.defineCalendar(calendar(tokyo, "Asia/Tokyo"));

        TeamCalendar first = definitions.defineTeamCalendar(team, new TeamCalendarDraft(null, berlin));
        CalendarVersion berlinRevised = definitions.reviseCalendar(berlin, calendar(berlin, "Europe/Paris"), 1);
        TeamCalendar changed = definitions.reviseTeamCalendar(team, new TeamCalendarDraft(team, tokyo), 1);
        TeamCalendar removed = definitions.removeTeamCalendar(team, 2);

        assertThat(book.teamCalendarAt(team, first.effectiveFrom().minusNanos(1000))).as("before it had one").isEmpty();
        assertThat(teamCalendarAt(team, first.effectiveFrom())).isEqualTo(berlin + "/1");
        assertThat(teamCalendarAt(team, berlinRevised.effectiveFrom())).as("the calendar's own version then")
                .isEqualTo(berlin + "/2");
        assertThat(teamCalendarAt(team, changed.effectiveFrom().minusNanos(1000))).isEqualTo(berlin + "/2");
        assertThat(teamCalendarAt(team, changed.effectiveFrom())).isEqualTo(tokyo + "/1");
        assertThat(teamCalendarAt(team, removed.effectiveFrom().minusNanos(1000))).isEqualTo(tokyo + "/1");
        assertThat(book.teamCalendarAt(team, removed.effectiveFrom())).as("removed").isEmpty();
        assertThat(removed).extracting(TeamCalendar::version, TeamCalendar::calendarId, TeamCalendar::removed)
                .containsExactly(3, tokyo, true);
        assertThat(book.teamCalendarAt(unique("unknown"), removed.effectiveFrom())).isEmpty();
        assertThat(book.teamCalendarAt(null, removed.effectiveFrom())).isEmpty();
    }

    @Test
    void another_instance_sees_a_write_once_it_refreshes() {
        StoredPolicyBook other = new StoredPolicyBook(changes, versions);
        other.refreshIfChanged();
        String org = unique("hooli");
        String id = unique("elsewhere");

        SlaPolicy written = definitions.definePolicy(policy(id, 30, List.of(), org, "URGENT"));
        Optional<SlaPolicy> before = other.covering(TicketType.INCIDENT, Priority.URGENT, org, written.effectiveFrom());
        other.refreshIfChanged();

        assertThat(before).as("not read yet").isNotEqualTo(Optional.of(written));
        assertThat(other.covering(TicketType.INCIDENT, Priority.URGENT, org, written.effectiveFrom())).hasValue(written);
    }

    @Test
    void a_version_stored_by_another_instance_is_seen_after_refresh_if_changed() {
        String id = unique("foreign");
        // one statement, as a writer's one transaction: the counter and the row it counts commit together
        jdbc.update("""
                with change as (
                    update sla_definition_change
                    set change_number = change_number + 1,
                        last_effective_from = greatest(now(), last_effective_from + interval '1 microsecond')
                    returning change_number, last_effective_from)
                insert into business_calendar_version (calendar_id, version, effective_from, change_number, definition)
                select ?, 1, last_effective_from, change_number, ?::jsonb from change""", id, """
                {"id": "%s", "name": "Written elsewhere", "zone": "Asia/Kolkata",
                 "week": {"MONDAY": ["10:00-18:00"]}, "holidays": []}""".formatted(id));

        book.refreshIfChanged();

        assertThat(book.currentCalendar(id)).get().satisfies(calendar -> {
            assertThat(calendar.calendar().zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
            assertThat(calendar.version()).isEqualTo(1);
        });
        assertThat(book.calendar(id, 1).name()).isEqualTo("Written elsewhere");
    }

    @Test
    void a_stored_version_is_never_updated_or_deleted() {
        assertThatThrownBy(() -> jdbc.update("update sla_policy_version set retired = true where policy_id = 'default'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable versions");
        assertThatThrownBy(() -> jdbc.update("delete from sla_policy_version where policy_id = 'default'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable versions");
        assertThat(book.policy("default", 1).retired()).isFalse();
    }

    /** The team's calendar at {@code at} as {@code id/version}. */
    private String teamCalendarAt(String team, Instant at) {
        return book.teamCalendarAt(team, at).map(calendar -> calendar.id() + "/" + calendar.version()).orElse("none");
    }

    private Optional<String> covering(TicketType type, Priority priority, String organisation, Instant at) {
        return book.covering(type, priority, organisation, at).map(SlaPolicy::id);
    }

    /** The version of the test's own policy covering an incident of its organisation at {@code at}. */
    private Optional<Integer> coveringVersion(String organisation, Instant at) {
        return book.covering(TicketType.INCIDENT, Priority.URGENT, organisation, at)
                .filter(policy -> !policy.id().equals("default")).map(SlaPolicy::version);
    }

    private static PolicyDraft policy(String id, int rank, List<String> types, String organisation,
            String... priorities) {
        Map<String, PolicyDraft.TargetsDraft> targets = new LinkedHashMap<>();
        for (String priority : priorities) {
            targets.put(priority, new PolicyDraft.TargetsDraft("PT1H", null, "PT8H"));
        }
        return new PolicyDraft(id, "Policy " + id, rank, types, List.of(organisation), targets, null, null, null, null);
    }

    private static CalendarDraft calendar(String id, String zone) {
        return new CalendarDraft(id, "Hours", zone, Map.of("MONDAY", List.of("09:00-17:00")), List.of());
    }
}
