package io.ticketflow.routing.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.ticketflow.routing.engine.Routing.T0;
import static io.ticketflow.routing.engine.Routing.agent;
import static io.ticketflow.routing.engine.Routing.decide;
import static org.assertj.core.api.Assertions.assertThat;

class StrategyTest {

    @Test
    void skills_least_loaded_picks_the_lowest_load_even_against_more_skill() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").load(2, 10).skills(Map.of("vpn", 5, "windows", 5)),
                agent("bob").load(1, 2),
                agent("cyd").load(3, 10));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.ASSIGNED);
        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("bob", "ada", "cyd");
        assertThat(decision.explanation()).contains("assigned bob (load 1/2, skill score 5), lowest load");
    }

    @Test
    void on_equal_load_the_higher_skill_score_wins() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").load(1, 5),
                agent("bob").load(1, 5).skills(Map.of("vpn", 4, "windows", 2, "linux", 5)));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::skillScore).containsExactly(6, 5);
        assertThat(decision.explanation()).contains("equal load, higher skill score");
    }

    @Test
    void on_equal_load_and_skill_whoever_waited_longest_wins() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").lastAssigned(T0.plusSeconds(60)),
                agent("bob").lastAssigned(T0));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.explanation()).contains("equal load and skill score, longest since last assignment");
    }

    @Test
    void an_agent_never_assigned_goes_before_anyone_assigned() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").lastAssigned(T0.minusSeconds(86_400)),
                agent("bob"));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.explanation()).contains("equal load and skill score, never assigned before");
    }

    @Test
    void a_full_tie_goes_to_the_first_agent_id() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("cyd").lastAssigned(T0), agent("bob").lastAssigned(T0), agent("dan").lastAssigned(T0));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.explanation()).contains("equal load and skill score, no other difference, first by agent id");
    }

    @Test
    void round_robin_picks_who_waited_longest_regardless_of_load_and_skills() {
        Decision decision = decide(Strategy.ROUND_ROBIN,
                agent("ada").lastAssigned(T0.plusSeconds(10)).load(0, 5),
                agent("bob").lastAssigned(T0).load(4, 5).skills(Map.of()),
                agent("cyd").lastAssigned(T0.plusSeconds(20)));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("bob", "ada", "cyd");
        assertThat(decision.candidates()).allMatch(Candidate::eligible);
        assertThat(decision.explanation()).contains("(ROUND_ROBIN): assigned bob (load 4/5, skill score 0), "
                + "longest since last assignment");
    }

    @Test
    void round_robin_gives_never_assigned_agents_their_turn_first_then_goes_by_agent_id() {
        Decision decision = decide(Strategy.ROUND_ROBIN,
                agent("cyd"), agent("bob"), agent("ada").lastAssigned(T0));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("bob", "cyd", "ada");
        assertThat(decision.explanation()).contains("no other difference, first by agent id");
    }

    @Test
    void round_robin_still_needs_an_online_agent_with_room_who_speaks_the_language() {
        Decision decision = decide(Strategy.ROUND_ROBIN,
                agent("ada").availability(Availability.AWAY),
                agent("bob").load(5, 5),
                agent("cyd").languages("fr"),
                agent("dan").lastAssigned(T0));

        assertThat(decision.agentId()).isEqualTo("dan");
    }

    @Test
    void a_manual_team_picks_nobody_and_queues_the_ticket() {
        Decision decision = decide(Strategy.MANUAL, agent("bob"), agent("ada").availability(Availability.OFFLINE));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.QUEUED_MANUAL);
        assertThat(decision.agentId()).isNull();
        assertThat(decision.teamId()).isEqualTo(Routing.TEAM);
        assertThat(decision.candidates()).extracting(Candidate::agentId, Candidate::eligible, Candidate::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada", false, "the team assigns by hand; offline"),
                        org.assertj.core.groups.Tuple.tuple("bob", false, "the team assigns by hand"));
        assertThat(decision.explanation()).isEqualTo("rule #1 \"VPN incidents\" -> team network (MANUAL): "
                + "queued for assignment by hand (1 of 2 agents could take it now)");
    }

    @Test
    void the_same_inputs_in_any_order_give_the_same_decision() {
        List<Routing.Agent> agents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            agents.add(agent(String.format("agent-%02d", i)).load(i % 3, 4)
                    .lastAssigned(i % 5 == 0 ? null : T0.plusSeconds(i % 7))
                    .skills(Map.of("vpn", 3 + i % 3, "windows", 2)));
        }
        Decision first = decide(Strategy.SKILLS_LEAST_LOADED, agents.toArray(Routing.Agent[]::new));
        Random shuffler = new Random(42);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(agents, shuffler);
            assertThat(decide(Strategy.SKILLS_LEAST_LOADED, agents.toArray(Routing.Agent[]::new))).isEqualTo(first);
        }
        // load 0 and never assigned: agent-00, -15 and -30 tie on everything else; the first id wins
        assertThat(first.agentId()).isEqualTo("agent-00");
    }

    @Test
    void excluded_agents_are_passed_over_as_a_reassignment_moves_the_ticket_away_from_them() {
        Decision decision = RoutingEngine.chooseAgent(Routing.ticket(), Routing.vpnRule(),
                new TeamView(Routing.TEAM, Strategy.SKILLS_LEAST_LOADED),
                Routing.agents(agent("ada"), agent("bob").load(3, 5)), Set.of("ada"));

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).filteredOn(c -> c.agentId().equals("ada")).singleElement()
                .satisfies(ada -> {
                    assertThat(ada.eligible()).isFalse();
                    assertThat(ada.note()).isEqualTo("excluded: the ticket is moving away from this agent");
                });
    }

    @Test
    void excluding_the_only_agent_queues_the_ticket() {
        Decision decision = RoutingEngine.chooseAgent(Routing.ticket(), Routing.vpnRule(),
                new TeamView(Routing.TEAM, Strategy.ROUND_ROBIN), Routing.agents(agent("ada")), Set.of("ada"));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.QUEUED_NO_CAPACITY);
        assertThat(decision.explanation()).endsWith("queued, no eligible agent among 1 (1 excluded)");
    }
}
