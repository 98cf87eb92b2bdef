package io.ticketflow.sla.agreement;

import io.ticketflow.sla.calendar.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes calendars, policies and team calendars as new versions. Each write is one transaction that first takes the next change
 * number (which makes writers take turns), then checks the version the caller based it on, validates, and
 * inserts; after the commit it refreshes the {@link StoredPolicyBook}, so the next clock of this instance sees
 * it. A version takes effect at the instant of its write, from the injected {@link Clock}.
 */
@Service
public class SlaDefinitions {

    private static final Logger LOG = LoggerFactory.getLogger(SlaDefinitions.class);

    private final DefinitionChanges changes;
    private final DefinitionVersions versions;
    private final StoredPolicyBook book;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaDefinitions(DefinitionChanges changes, DefinitionVersions versions, StoredPolicyBook book,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.changes = changes;
        this.versions = versions;
        this.book = book;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Version 1 of a new calendar; its id comes from the draft. */
    public CalendarVersion defineCalendar(CalendarDraft draft) {
        return write(change -> {
            BusinessCalendar calendar = CalendarValidation.calendar(draft.id(), 1, draft);
            refuseTaken(DefinitionKind.CALENDAR, draft.id());
            return store(new CalendarVersion(calendar, change.effectiveFrom()), change).calendar();
        });
    }

    /** The next version of a calendar: the whole definition replaced. */
    public CalendarVersion reviseCalendar(String id, CalendarDraft draft, Integer expectedVersion) {
        return write(change -> {
            StoredVersion current = current(DefinitionKind.CALENDAR, id, expectedVersion);
            requireSameId(id, draft.id());
            BusinessCalendar calendar = CalendarValidation.calendar(id, current.version() + 1, draft);
            return store(new CalendarVersion(calendar, change.effectiveFrom()), change).calendar();
        });
    }

    /** Version 1 of a new policy; its id comes from the draft, its calendar must exist. */
    public SlaPolicy definePolicy(PolicyDraft draft) {
        return write(change -> {
            SlaPolicy policy = PolicyValidation.policy(draft.id(), 1, change.effectiveFrom(), false, draft,
                    this::calendarExists);
            refuseTaken(DefinitionKind.POLICY, draft.id());
            return store(policy, change).policy();
        });
    }

    /** The next version of a policy: the whole definition replaced; a retired policy comes back. */
    public SlaPolicy revisePolicy(String id, PolicyDraft draft, Integer expectedVersion) {
        return write(change -> {
            StoredVersion current = current(DefinitionKind.POLICY, id, expectedVersion);
            requireSameId(id, draft.id());
            return store(PolicyValidation.policy(id, current.version() + 1, change.effectiveFrom(), false, draft,
                    this::calendarExists), change).policy();
        });
    }

    /**
     * A retired version of the policy: it covers no ticket from now on, while clocks started under earlier
     * versions keep them. Nothing is deleted.
     */
    public SlaPolicy retirePolicy(String id, Integer expectedVersion) {
        return write(change -> {
            StoredVersion current = current(DefinitionKind.POLICY, id, expectedVersion);
            if (current.retired()) {
                throw new AlreadyRetired(id, current.version());
            }
            StoredVersion retired = new StoredVersion(id, current.version() + 1, change.effectiveFrom(), true,
                    current.definition());
            insert(DefinitionKind.POLICY, retired, change);
            return retired.policy();
        });
    }

    /**
     * Gives a team a calendar without naming a version: only while it has none (never had one, or it was removed),
     * so that two people setting one at once cannot silently replace each other's.
     */
    public TeamCalendar defineTeamCalendar(String teamId, TeamCalendarDraft draft) {
        return write(change -> {
            Optional<StoredVersion> current = versions.latest(DefinitionKind.TEAM_CALENDAR, teamId);
            TeamCalendar team = TeamCalendarValidation.teamCalendar(teamId,
                    current.map(StoredVersion::version).orElse(0) + 1, change.effectiveFrom(), false, draft,
                    this::calendarExists);
            if (current.isPresent() && !current.get().retired()) {
                throw new VersionRequired(DefinitionKind.TEAM_CALENDAR, teamId, current.get().version());
            }
            return store(team, change);
        });
    }

    /** The team's calendar from now on, replacing the version the caller expects (null: any). */
    public TeamCalendar reviseTeamCalendar(String teamId, TeamCalendarDraft draft, Integer expectedVersion) {
        return write(change -> {
            TeamCalendarValidation.requireTeamId(teamId);
            StoredVersion current = current(DefinitionKind.TEAM_CALENDAR, teamId, expectedVersion);
            return store(TeamCalendarValidation.teamCalendar(teamId, current.version() + 1, change.effectiveFrom(),
                    false, draft, this::calendarExists), change);
        });
    }

    /**
     * A removed version: from now on the team's tickets count in their policy's calendar or around the clock, while
     * clocks already counting in the team's calendar keep it until the ticket changes team. Nothing is deleted.
     */
    public TeamCalendar removeTeamCalendar(String teamId, Integer expectedVersion) {
        return write(change -> {
            TeamCalendarValidation.requireTeamId(teamId);
            StoredVersion current = current(DefinitionKind.TEAM_CALENDAR, teamId, expectedVersion);
            if (current.retired()) {
                throw new DefinitionNotFound(DefinitionKind.TEAM_CALENDAR, teamId);
            }
            TeamCalendar removed = current.teamCalendar();
            return store(new TeamCalendar(teamId, current.version() + 1, change.effectiveFrom(), removed.calendarId(),
                    true), change);
        });
    }

    private <T> T write(Function<DefinitionChanges.Change, T> work) {
        T written = transactions.execute(status -> work.apply(
                changes.next(clock.instant().truncatedTo(ChronoUnit.MICROS)))); // PostgreSQL keeps microseconds
        book.refreshIfChanged();
        return written;
    }

    /** The stored current version, if it is the one the caller expects (null: any). */
    private StoredVersion current(DefinitionKind kind, String id, Integer expectedVersion) {
        StoredVersion current = versions.latest(kind, id).orElseThrow(() -> new DefinitionNotFound(kind, id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleDefinition(kind, id, expectedVersion, current.version());
        }
        return current;
    }

    private void refuseTaken(DefinitionKind kind, String id) {
        if (versions.latest(kind, id).isPresent()) {
            throw new DefinitionTaken(kind, id);
        }
    }

    private boolean calendarExists(String id) {
        return versions.latest(DefinitionKind.CALENDAR, id).isPresent();
    }

    /** A change may repeat the id of its path, never name another. */
    private static void requireSameId(String id, String bodyId) {
        if (bodyId != null && !bodyId.equals(id)) {
            throw Violations.refusal("id", "differs from the id in the path; ids never change");
        }
    }

    private StoredVersion store(CalendarVersion calendar, DefinitionChanges.Change change) {
        return insert(DefinitionKind.CALENDAR, StoredVersion.of(calendar), change);
    }

    private StoredVersion store(SlaPolicy policy, DefinitionChanges.Change change) {
        return insert(DefinitionKind.POLICY, StoredVersion.of(policy), change);
    }

    private TeamCalendar store(TeamCalendar team, DefinitionChanges.Change change) {
        insert(DefinitionKind.TEAM_CALENDAR, StoredVersion.of(team), change);
        return team;
    }

    private StoredVersion insert(DefinitionKind kind, StoredVersion version, DefinitionChanges.Change change) {
        versions.insert(kind, version, change.number());
        LOG.info("stored {} version {}{}, in effect from {}", kind.named(version.id()), version.version(),
                !version.retired() ? "" : kind == DefinitionKind.TEAM_CALENDAR ? " (removed)" : " (retired)",
                version.effectiveFrom());
        return version;
    }
}
