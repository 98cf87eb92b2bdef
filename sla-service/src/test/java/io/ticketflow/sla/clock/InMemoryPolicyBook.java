package io.ticketflow.sla.clock;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.agreement.PolicyBook;
import io.ticketflow.sla.agreement.SlaPolicy;
import io.ticketflow.sla.calendar.BusinessCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Policy and calendar versions held in memory, answering by the instant asked about as the stored book does. */
final class InMemoryPolicyBook implements PolicyBook {

    private final List<SlaPolicy> policies = new ArrayList<>();
    private final Map<String, NavigableMap<Instant, BusinessCalendar>> calendars = new HashMap<>();
    /** Per team, the calendar id in effect from each instant; a null id removes the team's calendar. */
    private final Map<String, NavigableMap<Instant, Optional<String>>> teams = new HashMap<>();

    InMemoryPolicyBook with(SlaPolicy... versions) {
        policies.addAll(List.of(versions));
        return this;
    }

    InMemoryPolicyBook with(BusinessCalendar calendar, Instant effectiveFrom) {
        calendars.computeIfAbsent(calendar.id(), id -> new TreeMap<>()).put(effectiveFrom, calendar);
        return this;
    }

    /** From {@code effectiveFrom} on, team {@code teamId} works in {@code calendarId} (none when null). */
    InMemoryPolicyBook team(String teamId, String calendarId, Instant effectiveFrom) {
        teams.computeIfAbsent(teamId, id -> new TreeMap<>()).put(effectiveFrom, Optional.ofNullable(calendarId));
        return this;
    }

    @Override
    public Optional<SlaPolicy> covering(TicketType type, Priority priority, String organisation, Instant at) {
        Map<String, SlaPolicy> inEffect = new HashMap<>();
        for (SlaPolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(at)) {
                inEffect.merge(policy.id(), policy, (a, b) -> a.version() > b.version() ? a : b);
            }
        }
        return inEffect.values().stream()
                .sorted(Comparator.comparingInt(SlaPolicy::rank).thenComparing(SlaPolicy::id))
                .filter(policy -> policy.covers(type, priority, organisation))
                .findFirst();
    }

    @Override
    public SlaPolicy policy(String id, int version) {
        return policies.stream().filter(policy -> policy.id().equals(id) && policy.version() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no policy " + id + " v" + version));
    }

    @Override
    public BusinessCalendar calendarAt(String calendarId, Instant at) {
        if (calendarId == null) {
            return BusinessCalendar.ALWAYS;
        }
        Map.Entry<Instant, BusinessCalendar> version = calendars.get(calendarId).floorEntry(at);
        if (version == null) {
            throw new IllegalStateException("calendar " + calendarId + " is not in effect at " + at);
        }
        return version.getValue();
    }

    @Override
    public Optional<BusinessCalendar> teamCalendarAt(String teamId, Instant at) {
        Map.Entry<Instant, Optional<String>> version = teamId == null || !teams.containsKey(teamId) ? null
                : teams.get(teamId).floorEntry(at);
        return version == null ? Optional.empty() : version.getValue().map(calendarId -> calendarAt(calendarId, at));
    }

    @Override
    public BusinessCalendar calendar(String id, int version) {
        if (id == null) {
            return BusinessCalendar.ALWAYS;
        }
        return calendars.get(id).values().stream().filter(calendar -> calendar.version() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no calendar " + id + " v" + version));
    }
}
