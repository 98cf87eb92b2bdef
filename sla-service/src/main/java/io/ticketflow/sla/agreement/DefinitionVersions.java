package io.ticketflow.sla.agreement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The version tables of V3, one per {@link DefinitionKind}; rows are only ever inserted. */
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
            jdbc.update("""
                    insert into sla_policy_version (policy_id, version, effective_from, retired, change_number, definition)
                    values (?, ?, ?, ?, ?, ?::jsonb)""", version.id(), version.version(), timestamp(version),
                    version.retired(), changeNumber, version.definition());
        }
    }

    /** The versions written by changes {@code after} (exclusive) to {@code upTo} (inclusive). */
    List<StoredVersion> changed(DefinitionKind kind, long after, long upTo) {
        return jdbc.query(select(kind) + " where change_number > ? and change_number <= ? order by "
                + idColumn(kind) + ", version", ROW, after, upTo);
    }

    private static String select(DefinitionKind kind) {
        return kind == DefinitionKind.CALENDAR
                ? "select calendar_id as id, version, effective_from, false as retired, definition::text as definition"
                        + " from business_calendar_version"
                : "select policy_id as id, version, effective_from, retired, definition::text as definition"
                        + " from sla_policy_version";
    }

    private static String idColumn(DefinitionKind kind) {
        return kind == DefinitionKind.CALENDAR ? "calendar_id" : "policy_id";
    }

    private static OffsetDateTime timestamp(StoredVersion version) {
        return OffsetDateTime.ofInstant(version.effectiveFrom(), ZoneOffset.UTC);
    }
}
