package io.ticketflow.routing.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ticketflow.routing.engine.Routing.agent;
import static io.ticketflow.routing.engine.Routing.agents;
import static io.ticketflow.routing.engine.Routing.rule;
import static io.ticketflow.routing.engine.Routing.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class RuleSelectionTest {

    private static final RuleMatch INCIDENTS = new RuleMatch(Set.of("INCIDENT"), null, null, null, null, null, null);
    private static final RuleMatch INQUIRIES = new RuleMatch(Set.of("INQUIRY"), null, null, null, null, null, null);

    private static final Map<String, TeamView> TEAMS = Map.of(
            "network", new TeamView("network", Strategy.SKILLS_LEAST_LOADED),
            "first-line", new TeamView("first-line", Strategy.SKILLS_LEAST_LOADED));

    @Test
    void the_first_matching_rule_by_position_decides_whatever_the_list_order() {
        Rule catchAll = rule(3, "everything else", RuleMatch.ANY, "first-line");
        Rule incidents = rule(2, "incidents", INCIDENTS, "network");
        Rule inquiries = rule(1, "inquiries", INQUIRIES, "first-line");

        Decision decision = RoutingEngine.decide(ticket(), List.of(catchAll, incidents, inquiries), TEAMS,
                agents(agent("ada"), agent("bob").teams("first-line")), Set.of());

        assertThat(decision.rule()).isEqualTo(incidents);
        assertThat(decision.teamId()).isEqualTo("network");
        assertThat(decision.agentId()).isEqualTo("ada");
    }

    @Test
    void on_equal_positions_the_earlier_rule_in_the_list_decides() {
        Rule first = rule(1, "first", RuleMatch.ANY, "network");
        Rule second = rule(1, "second", RuleMatch.ANY, "first-line");

        assertThat(RoutingEngine.decide(ticket(), List.of(first, second), TEAMS, List.of(), Set.of()).rule())
                .isEqualTo(first);
    }

    @Test
    void a_ticket_no_rule_matches_gets_no_team_and_says_so() {
        Decision decision = RoutingEngine.decide(ticket(), List.of(rule(1, "inquiries", INQUIRIES, "first-line")),
                TEAMS, agents(agent("ada")), Set.of());

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.NO_MATCHING_RULE);
        assertThat(decision.rule()).isNull();
        assertThat(decision.teamId()).isNull();
        assertThat(decision.agentId()).isNull();
        assertThat(decision.candidates()).isEmpty();
        assertThat(decision.explanation())
                .isEqualTo("no rule matched (type INCIDENT, priority HIGH, channel WEB; 1 rule tried); not routed");
    }

    @Test
    void no_rules_at_all_is_no_matching_rule() {
        assertThat(RoutingEngine.decide(ticket(), List.of(), TEAMS, List.of(), null).outcome())
                .isEqualTo(Decision.Outcome.NO_MATCHING_RULE);
    }

    @Test
    void a_team_the_roster_does_not_know_routes_by_the_default_strategy_and_says_so() {
        Rule toGhosts = rule(1, "to ghosts", RuleMatch.ANY, "ghosts");

        Decision decision = RoutingEngine.decide(ticket(), List.of(toGhosts), TEAMS,
                agents(agent("ada").teams("ghosts").load(2, 5), agent("bob").teams("ghosts").load(1, 5)), Set.of());

        assertThat(decision.teamId()).isEqualTo("ghosts");
        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.explanation()).contains("team ghosts (not in the roster, SKILLS_LEAST_LOADED)");
    }

    @Test
    void choosing_an_agent_for_a_routed_ticket_uses_the_given_team_and_the_rules_skills() {
        Rule vpn = Routing.vpnRule();
        Decision decision = RoutingEngine.chooseAgent(ticket(), vpn, new TeamView("network", Strategy.SKILLS_LEAST_LOADED),
                agents(agent("ada").skills(Map.of("vpn", 2, "windows", 2)), agent("bob").load(4, 5)), Set.of());

        assertThat(decision.rule()).isEqualTo(vpn);
        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("bob", "ada");
    }

    @Test
    void without_a_rule_no_skill_is_required() {
        Decision decision = RoutingEngine.chooseAgent(ticket(), null, new TeamView("network", null),
                agents(agent("ada").skills(Map.of())), Set.of());

        assertThat(decision.agentId()).isEqualTo("ada");
        assertThat(decision.explanation()).startsWith("team network (SKILLS_LEAST_LOADED): assigned ada");
    }
}
