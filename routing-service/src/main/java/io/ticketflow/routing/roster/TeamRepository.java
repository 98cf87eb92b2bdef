package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.RoutingStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code team} table. */
@Repository
class TeamRepository {

    private static final String SELECT = """
            select team_id, name, supervisor_agent_id, strategy, created_at, updated_at, version from team
            """;

    private final JdbcTemplate jdbc;

    TeamRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False (and nothing written) when the id is taken. */
    boolean insert(String teamId, TeamDefinition definition, Instant now) {
        return jdbc.update("""
                insert into team (team_id, name, supervisor_agent_id, strategy, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 1)
                on conflict (team_id) do nothing""",
                teamId, definition.name(), definition.supervisorAgentId(), definition.strategy().name(),
                Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    void update(String teamId, TeamDefinition definition, Instant now) {
        jdbc.update("""
                update team set name = ?, supervisor_agent_id = ?, strategy = ?, updated_at = ?, version = version + 1
                where team_id = ?""",
                definition.name(), definition.supervisorAgentId(), definition.strategy().name(), Timestamp.from(now),
                teamId);
    }

    Optional<Team> find(String teamId) {
        return jdbc.query(SELECT + " where team_id = ?", TeamRepository::team, teamId).stream().findFirst();
    }

    /** The team, its row locked until the transaction ends: changes of one team happen one after the other. */
    Optional<Team> lock(String teamId) {
        return jdbc.query(SELECT + " where team_id = ? for update", TeamRepository::team, teamId).stream().findFirst();
    }

    List<Team> all() {
        return jdbc.query(SELECT + " order by team_id", TeamRepository::team);
    }

    /** Which of these ids are teams. */
    Set<String> existing(Collection<String> teamIds) {
        return new HashSet<>(jdbc.queryForList("select team_id from team where team_id = any(?)", String.class,
                (Object) teamIds.toArray(String[]::new)));
    }

    private static Team team(ResultSet rs, int rowNum) throws SQLException {
        TeamDefinition definition = new TeamDefinition(rs.getString("name"), rs.getString("supervisor_agent_id"),
                RoutingStrategy.valueOf(rs.getString("strategy")));
        return new Team(rs.getString("team_id"), definition, AgentRepository.instant(rs, "created_at"),
                AgentRepository.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
