package io.ticketflow.routing.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ticketflow.routing.engine.Routing.agent;
import static io.ticketflow.routing.engine.Routing.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** Every reason an agent of the team cannot take the ticket shows in its candidate's note. */
class EligibilityTest {

    /** The note of {@code agent} when deciding against a fully eligible rival. */
    private static Candidate candidate(Strategy strategy, Routing.Agent agent) {
        Decision decision = decide(strategy, agent, Routing.agent("zed-eligible"));
        return decision.candidates().stream().filter(c -> !c.agentId().equals("zed-eligible")).findFirst().orElseThrow();
    }

    @Test
    void an_agent_with_everything_is_eligible_without_a_note() {
        Candidate ada = candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada"));

        assertThat(ada.eligible()).isTrue();
        assertThat(ada.note()).isNull();
        assertThat(ada).isEqualTo(new Candidate("ada", 0, 5, 5, true, null));
    }

    @Test
    void offline_and_away_agents_are_not_eligible() {
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").availability(Availability.OFFLINE)))
                .extracting(Candidate::eligible, Candidate::note).containsExactly(false, "offline");
        assertThat(candidate(Strategy.ROUND_ROBIN, agent("ada").availability(Availability.AWAY)))
                .extracting(Candidate::eligible, Candidate::note).containsExactly(false, "away");
    }

    @Test
    void an_agent_missing_a_required_skill_is_not_eligible() {
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").skills(Map.of("vpn", 5))))
                .extracting(Candidate::eligible, Candidate::note, Candidate::skillScore)
                .containsExactly(false, "missing skill windows", 5);
    }

    @Test
    void an_agent_below_a_required_level_is_not_eligible() {
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").skills(Map.of("vpn", 2, "windows", 2))))
                .extracting(Candidate::eligible, Candidate::note).containsExactly(false, "skill vpn at level 2, needs 3");
    }

    @Test
    void round_robin_ignores_skills() {
        assertThat(candidate(Strategy.ROUND_ROBIN, agent("ada").skills(Map.of("vpn", 1))))
                .extracting(Candidate::eligible, Candidate::skillScore).containsExactly(true, 1);
    }

    @Test
    void an_agent_who_does_not_speak_the_tickets_language_is_not_eligible() {
        // the ticket is in de-CH
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").languages("fr", "en")))
                .extracting(Candidate::eligible, Candidate::note).containsExactly(false, "does not speak de-CH");
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").languages("DE-ch")).eligible()).isTrue();
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").languages("de-AT")).eligible()).isFalse();
    }

    @Test
    void a_ticket_without_a_language_can_go_to_anyone_and_related_tags_count_both_ways() {
        Decision noLanguage = RoutingEngine.decide(Routing.ticketInLanguage(null), List.of(Routing.vpnRule()),
                Routing.teams(Strategy.SKILLS_LEAST_LOADED), Routing.agents(agent("ada").languages()), Set.of());
        assertThat(noLanguage.agentId()).isEqualTo("ada");

        Decision portuguese = RoutingEngine.decide(Routing.ticketInLanguage("pt"), List.of(Routing.vpnRule()),
                Routing.teams(Strategy.SKILLS_LEAST_LOADED), Routing.agents(agent("ada").languages("pt-BR")), Set.of());
        assertThat(portuguese.agentId()).isEqualTo("ada");
    }

    @Test
    void an_agent_at_capacity_is_not_eligible() {
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").load(5, 5)))
                .extracting(Candidate::eligible, Candidate::note, Candidate::load, Candidate::capacity)
                .containsExactly(false, "at capacity 5/5", 5, 5);
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").load(0, 0)).note()).isEqualTo("at capacity 0/0");
        // a manual assignment can push load over capacity
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").load(7, 5)).note()).isEqualTo("at capacity 7/5");
    }

    @Test
    void every_reason_is_listed_not_only_the_first() {
        assertThat(candidate(Strategy.SKILLS_LEAST_LOADED, agent("ada").availability(Availability.AWAY)
                .skills(Map.of("windows", 1)).languages("fr").load(5, 5)).note())
                .isEqualTo("away; missing skill vpn; skill windows at level 1, needs 2; does not speak de-CH; "
                        + "at capacity 5/5");
    }

    @Test
    void agents_outside_the_team_are_no_candidates_and_never_win() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").teams("billing"),
                agent("bob").teams("billing", Routing.TEAM).load(4, 5),
                agent("cyd").teams());

        assertThat(decision.agentId()).isEqualTo("bob");
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("bob");
    }

    @Test
    void when_nobody_is_eligible_the_ticket_queues_with_the_reasons_counted() {
        Decision decision = decide(Strategy.SKILLS_LEAST_LOADED,
                agent("ada").load(5, 5), agent("bob").load(3, 3), agent("cyd").availability(Availability.OFFLINE),
                agent("dan").skills(Map.of("vpn", 3)), agent("eve").availability(Availability.OFFLINE).load(5, 5));

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.QUEUED_NO_CAPACITY);
        assertThat(decision.agentId()).isNull();
        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("ada", "bob", "cyd", "dan", "eve");
        assertThat(decision.candidates()).noneMatch(Candidate::eligible);
        assertThat(decision.explanation()).isEqualTo("rule #1 \"VPN incidents\" -> team network (SKILLS_LEAST_LOADED): "
                + "queued, no eligible agent among 5 (2 offline, 1 missing a skill, 2 at capacity)");
    }

    @Test
    void a_team_without_agents_queues_the_ticket() {
        assertThat(decide(Strategy.SKILLS_LEAST_LOADED).explanation()).endsWith(": queued, the team has no agents");
    }
}
