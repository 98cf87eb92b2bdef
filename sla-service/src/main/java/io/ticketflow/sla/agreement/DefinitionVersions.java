package io.ticketflow.sla.agreement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The version tables of V3 and V5, one per {@link DefinitionKind}; rows are only ever inserted. */
@Repository
class DefinitionVersions {

    private static final RowMapper<StoredVersion> ROW = (row, n) -> new StoredVersion(row.getString("id"),
            row.getInt("version"), row.getObject("effective_from", OffsetDateTime.class).toInstant(),
            row.getBoolean("retired"), row.getString("definition"));

    private final JdbcTemplate jdbc;

    DefinitionVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredVersion> latest(DefinitionKind kind, String id) {
        return jdbc.query(select(kind) + " where " + idColumn(kind) + " = ? order by version desc limit 1", ROW, id)
                .stream().findFirst();
    }

    /** Inserts one version, written by change {@code changeNumber}. */
    void insert(DefinitionKind kind, StoredVersion version, long changeNumber) {
        if (kind == DefinitionKind.CALENDAR) {
            jdbc.update("""
                    insert into business_calendar_version (calendar_id, version, effective_from, change_number, definition)
                    values (?, ?, ?, ?, ?::jsonb)""", version.id(), version.version(), timestamp(version),
                    changeNumber, version.definition());
        } else {
            // policies and team calendars have the same shape: a retired policy, a removed team calendar
            jdbc.update("insert into " + table(kind) + " (" + idColumn(kind) + ", version, effective_from, "
                    + retiredColumn(kind) + ", change_number, definition) values (?, ?, ?, ?, ?, ?::jsonb)",
                    version.id(), version.version(), timestamp(version), version.retired(), changeNumber,
                    version.definition());
        }
    }

    /** The versions written by changes {@code after} (exclusive) to {@code upTo} (inclusive). */
    List<StoredVersion> changed(DefinitionKind kind, long after, long upTo) {
        return jdbc.query(select(kind) + " where change_number > ? and change_number <= ? order by "
                + idColumn(kind) + ", version", ROW, after, upTo);
    }

    private static String select(DefinitionKind kind) {
        String retired = kind == DefinitionKind.CALENDAR ? "false" : retiredColumn(kind);
        return "select " + idColumn(kind) + " as id, version, effective_from, " + retired + " as retired,"
                + " definition::text as definition from " + table(kind);
    }

    private static String table(DefinitionKind kind) {
        return switch (kind) {
            case CALENDAR -> "business_calendar_version";
            case POLICY -> "sla_policy_version";
            case TEAM_CALENDAR -> "team_calendar_version";
        };
    }

    private static String idColumn(DefinitionKind kind) {
        return switch (kind) {
            case CALENDAR -> "calendar_id";
            case POLICY -> "policy_id";
            case TEAM_CALENDAR -> "team_id";
        };
    }

    private static String retiredColumn(DefinitionKind kind) {
        return kind == DefinitionKind.TEAM_CALENDAR ? "removed" : "retired";
    }

    private static OffsetDateTime timestamp(StoredVersion version) {
        return OffsetDateTime.ofInstant(version.effectiveFrom(), ZoneOffset.UTC);
    }
}
