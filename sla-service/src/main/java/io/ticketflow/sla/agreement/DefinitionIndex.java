package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every stored version of the calendars, policies and team calendars up to one change number. Immutable: a refresh
 * builds a new index from the old one and the versions written since, since no stored version ever changes.
 */
final class DefinitionIndex {

    static final DefinitionIndex EMPTY = new DefinitionIndex(-1, Map.of(), Map.of(), Map.of());

    // the order in which policies are tried; the id breaks ties so that equal ranks still give one answer
    private static final Comparator<SlaPolicy> MATCH_ORDER =
            Comparator.comparingInt(SlaPolicy::rank).thenComparing(SlaPolicy::id);

    private final long change;
    /** Per id, every version in ascending order. */
    private final Map<String, List<CalendarVersion>> calendars;
    private final Map<String, List<SlaPolicy>> policies;
    private final Map<String, List<TeamCalendar>> teamCalendars;

    private DefinitionIndex(long change, Map<String, List<CalendarVersion>> calendars,
            Map<String, List<SlaPolicy>> policies, Map<String, List<TeamCalendar>> teamCalendars) {
        this.change = change;
        this.calendars = calendars;
        this.policies = policies;
        this.teamCalendars = teamCalendars;
    }

    long change() {
        return change;
    }

    /** This index with the versions given added (a version known already is replaced). */
    DefinitionIndex with(long change, Collection<CalendarVersion> calendars, Collection<SlaPolicy> policies,
            Collection<TeamCalendar> teamCalendars) {
        return new DefinitionIndex(change, merge(this.calendars, calendars, CalendarVersion::id, CalendarVersion::version),
                merge(this.policies, policies, SlaPolicy::id, SlaPolicy::version),
                merge(this.teamCalendars, teamCalendars, TeamCalendar::teamId, TeamCalendar::version));
    }

    /** Among each policy's version in effect at {@code at}, the first in rank order that covers the ticket. */
    Optional<SlaPolicy> covering(TicketType type, Priority priority, String organisation, Instant at) {
        return policies.values().stream()
                .map(versions -> inEffect(versions, SlaPolicy::effectiveFrom, at))
                .filter(policy -> policy != null && policy.covers(type, priority, organisation))
                .min(MATCH_ORDER);
    }

    Optional<SlaPolicy> policy(String id, int version) {
        return exact(policies.get(id), version, SlaPolicy::version);
    }

    Optional<SlaPolicy> currentPolicy(String id) {
        return latest(policies, id);
    }

    /** The current version of every policy that is not retired, by id. */
    List<SlaPolicy> currentPolicies() {
        return current(policies).stream().filter(policy -> !policy.retired()).toList();
    }

    /**
     * The calendar's latest version in effect at {@code at}; before its first version took effect, that first
     * version. A policy can only name a calendar that exists, but a clock may ask about an instant before the
     * calendar was written (a ticket opened earlier whose clock starts late, another instance's clock running
     * slightly behind): the first version is what the policy's author meant, and an answer keeps the clock
     * running where a failure would stop it for good. Empty only for an unknown id.
     */
    Optional<CalendarVersion> calendarAt(String id, Instant at) {
        List<CalendarVersion> versions = calendars.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        CalendarVersion inEffect = inEffect(versions, CalendarVersion::effectiveFrom, at);
        return Optional.of(inEffect != null ? inEffect : versions.get(0));
    }

    Optional<CalendarVersion> calendar(String id, int version) {
        return exact(calendars.get(id), version, CalendarVersion::version);
    }

    Optional<CalendarVersion> currentCalendar(String id) {
        return latest(calendars, id);
    }

    List<CalendarVersion> currentCalendars() {
        return current(calendars);
    }

    /**
     * The calendar of the team's version in effect at {@code at}, in its own version in effect then; empty before
     * the team's first version, after a removal and for a team never given one. Unlike {@link #calendarAt}, a team
     * has no calendar before it was given one: until then its tickets counted around the clock.
     */
    Optional<BusinessCalendar> teamCalendarAt(String teamId, Instant at) {
        List<TeamCalendar> versions = teamCalendars.get(teamId);
        TeamCalendar inEffect = versions == null ? null : inEffect(versions, TeamCalendar::effectiveFrom, at);
        if (inEffect == null || inEffect.removed()) {
            return Optional.empty();
        }
        return calendarAt(inEffect.calendarId(), at).map(CalendarVersion::calendar);
    }

    /** The current version, removed or not. */
    Optional<TeamCalendar> currentTeamCalendar(String teamId) {
        return latest(teamCalendars, teamId);
    }

    /** The current version of every team's calendar that is not removed, by team id. */
    List<TeamCalendar> currentTeamCalendars() {
        return current(teamCalendars).stream().filter(team -> !team.removed()).toList();
    }

    /** Effective instants rise with the version (V3 gives each write a later one), so the last one not after wins. */
    private static <T> T inEffect(List<T> versions, Function<T, Instant> effectiveFrom, Instant at) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!effectiveFrom.apply(versions.get(i)).isAfter(at)) {
                return versions.get(i);
            }
        }
        return null;
    }

    private static <T> Optional<T> exact(List<T> versions, int version, Function<T, Integer> number) {
        return versions == null ? Optional.empty()
                : versions.stream().filter(candidate -> number.apply(candidate) == version).findFirst();
    }

    private static <T> Optional<T> latest(Map<String, List<T>> byId, String id) {
        return Optional.ofNullable(byId.get(id)).map(versions -> versions.get(versions.size() - 1));
    }

    private static <T> List<T> current(Map<String, List<T>> byId) {
        return new TreeMap<>(byId).values().stream().map(versions -> versions.get(versions.size() - 1)).toList();
    }

    private static <T> Map<String, List<T>> merge(Map<String, List<T>> known, Collection<T> added,
            Function<T, String> id, Function<T, Integer> version) {
        if (added.isEmpty()) {
            return known;
        }
        Map<String, TreeMap<Integer, T>> merged = new HashMap<>();
        known.forEach((key, versions) -> versions.forEach(
                item -> merged.computeIfAbsent(key, k -> new TreeMap<>()).put(version.apply(item), item)));
        added.forEach(item -> merged.computeIfAbsent(id.apply(item), k -> new TreeMap<>()).put(version.apply(item), item));
        Map<String, List<T>> result = new HashMap<>();
        merged.forEach((key, versions) -> result.put(key, List.copyOf(versions.values())));
        return Map.copyOf(result);
    }
}
