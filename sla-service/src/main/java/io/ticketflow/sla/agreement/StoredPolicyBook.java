package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link PolicyBook} over the stored versions, all of them held in memory: versions never change, so what was
 * read once stays true, and only what was written since needs reading. {@link #refreshIfChanged()} asks the
 * database's change counter (one single-row read) and loads the new versions when there are any; the clock
 * consumer calls it at the start of each batch, writes through {@link SlaDefinitions} call it after they commit,
 * and the reads for the REST API call it first, so their answers include every committed write.
 *
 * <p>Between refreshes, {@link #covering}, {@link #calendarAt} and {@link #teamCalendarAt} answer from what was
 * loaded; a lookup of an exact version or of a calendar this instance has not seen yet refreshes once before it
 * fails, because it was recorded by another instance.
 */
@Component
public class StoredPolicyBook implements PolicyBook {

    private final DefinitionChanges changes;
    private final DefinitionVersions versions;
    private volatile DefinitionIndex index = DefinitionIndex.EMPTY;

    StoredPolicyBook(DefinitionChanges changes, DefinitionVersions versions) {
        this.changes = changes;
        this.versions = versions;
    }

    /** Loads the versions written since the last load, if any. */
    public void refreshIfChanged() {
        if (changes.current() != index.change()) {
            load();
        }
    }

    @Override
    public Optional<SlaPolicy> covering(TicketType type, Priority priority, String organisation, Instant at) {
        return loaded().covering(type, priority, organisation, at);
    }

    @Override
    public SlaPolicy policy(String id, int version) {
        return refreshingOnMiss(known -> known.policy(id, version))
                .orElseThrow(() -> new IllegalStateException("no version " + version + " of policy " + id + " is stored"));
    }

    @Override
    public BusinessCalendar calendarAt(String calendarId, Instant at) {
        return calendarId == null ? BusinessCalendar.ALWAYS : refreshingOnMiss(known -> known.calendarAt(calendarId, at))
                .orElseThrow(() -> new IllegalStateException("no calendar " + calendarId + " is stored"))
                .calendar();
    }

    /** Answers from what was loaded, like {@link #covering}: a team without a calendar is an answer, not a miss. */
    @Override
    public Optional<BusinessCalendar> teamCalendarAt(String teamId, Instant at) {
        return teamId == null ? Optional.empty() : loaded().teamCalendarAt(teamId, at);
    }

    @Override
    public BusinessCalendar calendar(String id, int version) {
        return id == null ? BusinessCalendar.ALWAYS : refreshingOnMiss(known -> known.calendar(id, version))
                .orElseThrow(() -> new IllegalStateException("no version " + version + " of calendar " + id + " is stored"))
                .calendar();
    }

    /** The current version of every calendar, by id. */
    public List<CalendarVersion> currentCalendars() {
        return refreshed().currentCalendars();
    }

    public Optional<CalendarVersion> currentCalendar(String id) {
        return refreshed().currentCalendar(id);
    }

    public Optional<CalendarVersion> calendarVersion(String id, int version) {
        return refreshed().calendar(id, version);
    }

    /** The current version of every policy not retired, by id. */
    public List<SlaPolicy> currentPolicies() {
        return refreshed().currentPolicies();
    }

    /** The current version, retired or not. */
    public Optional<SlaPolicy> currentPolicy(String id) {
        return refreshed().currentPolicy(id);
    }

    public Optional<SlaPolicy> policyVersion(String id, int version) {
        return refreshed().policy(id, version);
    }

    /** The current calendar of every team that has one, by team id. */
    public List<TeamCalendar> currentTeamCalendars() {
        return refreshed().currentTeamCalendars();
    }

    /** The current version of a team's calendar, removed or not. */
    public Optional<TeamCalendar> currentTeamCalendar(String teamId) {
        return refreshed().currentTeamCalendar(teamId);
    }

    private synchronized void load() {
        DefinitionIndex known = index;
        // read again under the lock: a concurrent load may have gone further than the number that brought us here
        long upTo = changes.current();
        if (upTo == known.change()) {
            return;
        }
        if (upTo < known.change()) {
            // the counter went back: the database was restored from a backup; forget what it no longer holds
            known = DefinitionIndex.EMPTY;
        }
        // writers take turns and commit their counter with their rows, so every change up to upTo is visible now
        index = known.with(upTo,
                versions.changed(DefinitionKind.CALENDAR, known.change(), upTo).stream().map(StoredVersion::calendar).toList(),
                versions.changed(DefinitionKind.POLICY, known.change(), upTo).stream().map(StoredVersion::policy).toList(),
                versions.changed(DefinitionKind.TEAM_CALENDAR, known.change(), upTo).stream()
                        .map(StoredVersion::teamCalendar).toList());
    }

    private DefinitionIndex loaded() {
        if (index.change() < 0) {
            load();
        }
        return index;
    }

    private DefinitionIndex refreshed() {
        refreshIfChanged();
        return index;
    }

    private <T> Optional<T> refreshingOnMiss(Function<DefinitionIndex, Optional<T>> lookup) {
        Optional<T> found = lookup.apply(loaded());
        return found.isPresent() ? found : lookup.apply(refreshed());
    }
}
