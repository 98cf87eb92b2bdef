package io.ticketflow.routing.rules;

import io.ticketflow.routing.engine.RuleMatch;
import io.ticketflow.routing.engine.SkillRequirement;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rule set in PostgreSQL (V3). Callers hold the transaction; writers lock the set's version row first. */
@Repository
class RoutingRuleRepository {

    private static final String RULE_COLUMNS = """
            rule_id, position, name, enabled, team_id, match_types, match_categories, match_tags, match_priorities,
            match_channels, match_languages, match_organisations""";

    private static final String INSERT = "insert into routing_rule (" + RULE_COLUMNS + """
            ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    RoutingRuleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.queryForObject("select version from routing_rule_set", Long.class);
    }

    /** The version, with the set locked against other writers until the transaction ends. */
    long lockVersion() {
        return jdbc.queryForObject("select version from routing_rule_set for update", Long.class);
    }

    long raiseVersion() {
        return jdbc.queryForObject("update routing_rule_set set version = version + 1 returning version", Long.class);
    }

    /** Every rule, enabled or not, by position. */
    List<RoutingRule> findAll() {
        Map<UUID, List<SkillRequirement>> skills = new HashMap<>();
        jdbc.query("select rule_id, skill, min_level from routing_rule_skill order by rule_id, ordinal", row -> {
            skills.computeIfAbsent(row.getObject("rule_id", UUID.class), id -> new ArrayList<>())
                    .add(new SkillRequirement(row.getString("skill"), row.getInt("min_level")));
        });
        return jdbc.query("select " + RULE_COLUMNS + " from routing_rule order by position",
                (row, n) -> rule(row, skills.getOrDefault(row.getObject("rule_id", UUID.class), List.of())));
    }

    /**
     * Makes the stored set exactly {@code rules}. Written whole rather than row by row: a set holds at most a few
     * hundred rules and changes rarely, and a whole write makes swapping two rules' names or places as simple as
     * any other change (unique names and positions hold at every statement).
     */
    void store(List<RoutingRule> rules) {
        jdbc.update("delete from routing_rule"); // their skills go with them (on delete cascade)
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                RoutingRule rule = rules.get(i);
                RuleMatch match = rule.match();
                Connection connection = statement.getConnection();
                statement.setObject(1, rule.ruleId());
                statement.setInt(2, rule.position());
                statement.setString(3, rule.name());
                statement.setBoolean(4, rule.enabled());
                statement.setString(5, rule.teamId());
                statement.setArray(6, text(connection, match.types()));
                statement.setArray(7, text(connection, match.categories()));
                statement.setArray(8, text(connection, match.tags()));
                statement.setArray(9, text(connection, match.priorities()));
                statement.setArray(10, text(connection, match.channels()));
                statement.setArray(11, text(connection, match.languages()));
                statement.setArray(12, text(connection, match.organisations()));
            }

            @Override
            public int getBatchSize() {
                return rules.size();
            }
        });
        List<Object[]> skills = new ArrayList<>();
        for (RoutingRule rule : rules) {
            for (int ordinal = 0; ordinal < rule.skills().size(); ordinal++) {
                SkillRequirement skill = rule.skills().get(ordinal);
                skills.add(new Object[] {rule.ruleId(), ordinal, skill.skill(), skill.minLevel()});
            }
        }
        jdbc.batchUpdate("insert into routing_rule_skill (rule_id, ordinal, skill, min_level) values (?, ?, ?, ?)",
                skills);
    }

    private static RoutingRule rule(ResultSet row, List<SkillRequirement> skills) throws SQLException {
        RuleMatch match = new RuleMatch(set(row, "match_types"), set(row, "match_categories"), set(row, "match_tags"),
                set(row, "match_priorities"), set(row, "match_channels"), set(row, "match_languages"),
                set(row, "match_organisations"));
        return new RoutingRule(row.getObject("rule_id", UUID.class), row.getInt("position"), row.getString("name"),
                row.getBoolean("enabled"), match, row.getString("team_id"), skills);
    }

    private static Set<String> set(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Array text(Connection connection, Set<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
