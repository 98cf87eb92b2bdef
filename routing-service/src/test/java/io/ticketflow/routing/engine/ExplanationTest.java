package io.ticketflow.routing.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ticketflow.routing.engine.Routing.T0;
import static io.ticketflow.routing.engine.Routing.agent;
import static io.ticketflow.routing.engine.Routing.agents;
import static io.ticketflow.routing.engine.Routing.decide;
import static io.ticketflow.routing.engine.Routing.rule;
import static io.ticketflow.routing.engine.Routing.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    @Test
    void it_names_rule_team_strategy_winner_with_load_and_skill_why_it_won_and_the_runners_up() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").load(1, 5).skills(Map.of("vpn", 5, "windows", 4)),
                agent("bob").load(2, 4),
                agent("cyd").load(2, 6).lastAssigned(T0),
                agent("dan").load(3, 5),
                agent("eve").load(4, 5),
                agent("fay").availability(Availability.OFFLINE));

        assertThat(decision.explanation()).isEqualTo("rule #1 \"VPN incidents\" -> team network (SKILLS_LEAST_LOADED): "
                + "assigned ada (load 1/5, skill score 9), lowest load; "
                + "runners-up: bob (2/4, skill 5), cyd (2/6, skill 5), dan (3/5, skill 5) and 1 more; 1 not eligible");
    }

    @Test
    void the_only_eligible_agent_is_said_to_be_so() {
        assertThat(decide(Strategy.ROUND_ROBIN, agent("ada")).explanation())
                .isEqualTo("rule #1 \"VPN incidents\" -> team network (ROUND_ROBIN): "
                        + "assigned ada (load 0/5, skill score 5), the only eligible agent");
    }

    @Test
    void it_is_one_line_even_when_names_are_not() {
        Rule multiLine = rule(7, "VPN\nincidents\r\tfrom\u2028Acme", RuleMatch.ANY, Routing.TEAM);

        String explanation = RoutingEngine.decide(ticket(), List.of(multiLine), Routing.teams(Strategy.ROUND_ROBIN),
                agents(agent("ada")), Set.of()).explanation();

        assertThat(explanation).startsWith("rule #7 \"VPN incidents  from Acme\" -> team network (ROUND_ROBIN)")
                .doesNotContain("\n", "\r", "\t", "\u2028");
    }

    @Test
    void runners_up_are_cut_first_when_the_line_would_be_too_long() {
        String longName = "R".repeat(100);
        String longTeam = "t".repeat(64);
        List<Routing.Agent> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(agent(String.format("agent-with-a-rather-long-identifier-%02d", i)).teams(longTeam).load(i % 5, 5));
        }
        many.add(agent("gone").teams(longTeam).availability(Availability.OFFLINE));

        Decision decision = RoutingEngine.decide(ticket(), List.of(rule(1, longName, RuleMatch.ANY, longTeam,
                new SkillRequirement("vpn", 3))), Map.of(longTeam, new TeamView(longTeam, Strategy.SKILLS_LEAST_LOADED)),
                many.stream().map(Routing.Agent::view).toList(), Set.of());

        assertThat(decision.explanation()).hasSizeLessThanOrEqualTo(Decision.MAX_EXPLANATION_LENGTH)
                .startsWith("rule #1 \"" + longName + "\" -> team " + longTeam)
                .contains("assigned agent-with-a-rather-long-identifier-00 (load 0/5, skill score 3), "
                        + "equal load and skill score, no other difference, first by agent id")
                .contains("runners-up: agent-with-a-rather-long-identifier-05 (0/5, skill 3)")
                .contains(" more; 1 not eligible");
        assertThat(decision.candidates()).hasSize(51);
    }

    @Test
    void with_no_room_for_any_runner_up_they_are_counted_then_dropped_and_only_then_is_the_text_cut() {
        String hugeId = "a".repeat(300);
        String otherHugeId = "b".repeat(300);

        String twoHuge = decide(Strategy.SKILLS_LEAST_LOADED, agent(hugeId), agent(otherHugeId),
                agent("zed").availability(Availability.AWAY)).explanation();
        assertThat(twoHuge).hasSizeLessThanOrEqualTo(Decision.MAX_EXPLANATION_LENGTH)
                .contains("assigned " + hugeId).endsWith("; 1 runner-up; 1 not eligible");

        String oneHugerStill = decide(Strategy.SKILLS_LEAST_LOADED, agent("a".repeat(600))).explanation();
        assertThat(oneHugerStill).hasSize(Decision.MAX_EXPLANATION_LENGTH).endsWith("a…");
    }
}
