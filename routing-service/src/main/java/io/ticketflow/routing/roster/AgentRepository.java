package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentAvailability;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code agent} table with its skills, languages and team memberships. */
@Repository
class AgentRepository {

    /**
     * An agent with its skills, languages and teams in one statement, so in one snapshot: a reader never sees
     * half of a concurrent change, and a team of a thousand agents is one round trip.
     */
    private static final String SELECT = """
            select a.agent_id, a.display_name, a.email, a.capacity, a.availability, a.availability_since,
                   a.created_at, a.updated_at, a.version,
                   array(select team_id from agent_team t where t.agent_id = a.agent_id order by team_id) as team_ids,
                   array(select skill from agent_skill s where s.agent_id = a.agent_id order by skill) as skills,
                   array(select level::int from agent_skill s where s.agent_id = a.agent_id order by skill) as levels,
                   array(select language from agent_language l where l.agent_id = a.agent_id order by language)
                       as languages
            from agent a
            """;

    private final JdbcTemplate jdbc;

    AgentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new agent, OFFLINE; false (and nothing written) when the id is taken. */
    boolean insert(String agentId, AgentProfile profile, Instant now) {
        int inserted = jdbc.update("""
                insert into agent (agent_id, display_name, email, capacity, availability, availability_since,
                                   created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (agent_id) do nothing""",
                agentId, profile.displayName(), profile.email(), profile.capacity(), AgentAvailability.OFFLINE.name(),
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
        if (inserted == 0) {
            return false;
        }
        insertDetails(agentId, profile);
        return true;
    }

    void updateProfile(String agentId, AgentProfile profile, Instant now) {
        jdbc.update("""
                update agent set display_name = ?, email = ?, capacity = ?, updated_at = ?, version = version + 1
                where agent_id = ?""",
                profile.displayName(), profile.email(), profile.capacity(), Timestamp.from(now), agentId);
        for (String table : List.of("agent_skill", "agent_language", "agent_team")) {
            jdbc.update("delete from " + table + " where agent_id = ?", agentId);
        }
        insertDetails(agentId, profile);
    }

    void updateAvailability(String agentId, AgentAvailability availability, Instant now) {
        jdbc.update("""
                update agent set availability = ?, availability_since = ?, updated_at = ?, version = version + 1
                where agent_id = ?""",
                availability.name(), Timestamp.from(now), Timestamp.from(now), agentId);
    }

    Optional<Agent> find(String agentId) {
        return jdbc.query(SELECT + " where a.agent_id = ?", AgentRepository::agent, agentId).stream().findFirst();
    }

    /** The agent, its row locked until the transaction ends: changes of one agent happen one after the other. */
    Optional<Agent> lock(String agentId) {
        return jdbc.query(SELECT + " where a.agent_id = ? for update of a", AgentRepository::agent, agentId)
                .stream().findFirst();
    }

    boolean exists(String agentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from agent where agent_id = ?)",
                Boolean.class, agentId));
    }

    List<Agent> find(AgentFilter filter) {
        String[] teamIds = filter.teamIds().toArray(String[]::new);
        String[] availabilities = filter.availabilities().stream().map(Enum::name).toArray(String[]::new);
        return jdbc.query(SELECT + """
                where (cardinality(?::text[]) = 0
                       or exists (select 1 from agent_team t where t.agent_id = a.agent_id and t.team_id = any(?)))
                  and (cardinality(?::text[]) = 0 or a.availability = any(?))
                order by a.agent_id""",
                AgentRepository::agent, teamIds, teamIds, availabilities, availabilities);
    }

    private void insertDetails(String agentId, AgentProfile profile) {
        jdbc.batchUpdate("insert into agent_team (agent_id, team_id) values (?, ?)",
                profile.teamIds().stream().map(teamId -> new Object[] {agentId, teamId}).toList());
        jdbc.batchUpdate("insert into agent_skill (agent_id, skill, level) values (?, ?, ?)",
                profile.skills().entrySet().stream()
                        .map(skill -> new Object[] {agentId, skill.getKey(), skill.getValue()}).toList());
        jdbc.batchUpdate("insert into agent_language (agent_id, language) values (?, ?)",
                profile.languages().stream().map(language -> new Object[] {agentId, language}).toList());
    }

    private static Agent agent(ResultSet rs, int rowNum) throws SQLException {
        String[] skills = strings(rs.getArray("skills"));
        Integer[] levels = (Integer[]) rs.getArray("levels").getArray();
        Map<String, Integer> skillLevels = new LinkedHashMap<>();
        for (int i = 0; i < skills.length; i++) {
            skillLevels.put(skills[i], levels[i]);
        }
        AgentProfile profile = AgentProfile.of(rs.getString("display_name"), rs.getString("email"),
                List.of(strings(rs.getArray("team_ids"))), skillLevels, List.of(strings(rs.getArray("languages"))),
                rs.getInt("capacity"));
        return new Agent(rs.getString("agent_id"), profile, AgentAvailability.valueOf(rs.getString("availability")),
                instant(rs, "availability_since"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
