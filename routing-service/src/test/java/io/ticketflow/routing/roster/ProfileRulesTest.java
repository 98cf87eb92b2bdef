package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentSkill;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileRulesTest {

    private static ProposedProfile proposal(List<String> teamIds, List<AgentSkill> skills, List<String> languages) {
        return new ProposedProfile("Carol", "carol@example.com", teamIds, skills, languages, 5);
    }

    @Test
    void a_well_formed_profile_has_no_violations_and_becomes_canonical() {
        ProposedProfile proposed = proposal(List.of("network", "billing"),
                List.of(new AgentSkill("vpn", 3), new AgentSkill("billing", 5)), List.of("pt-br", "EN", "zh-Hant-TW"));

        AgentProfile profile = ProfileRules.profile(proposed);

        assertThat(ProfileRules.violations(proposed)).isEmpty();
        assertThat(profile.teamIds()).containsExactly("billing", "network");
        assertThat(profile.skills()).containsExactly(Map.entry("billing", 5), Map.entry("vpn", 3));
        assertThat(profile.languages()).containsExactly("en", "pt-BR", "zh-Hant-TW");
    }

    @Test
    void the_same_profile_in_another_order_is_equal_so_storing_it_changes_nothing() {
        AgentProfile one = ProfileRules.profile(proposal(List.of("a", "b"),
                List.of(new AgentSkill("x", 1), new AgentSkill("y", 2)), List.of("de", "en")));
        AgentProfile other = ProfileRules.profile(proposal(List.of("b", "a"),
                List.of(new AgentSkill("y", 2), new AgentSkill("x", 1)), List.of("EN", "de")));

        assertThat(one).isEqualTo(other);
    }

    @Test
    void an_entry_listed_twice_is_named_by_its_second_position() {
        ProposedProfile proposed = proposal(List.of("a", "b", "a"),
                List.of(new AgentSkill("vpn", 1), new AgentSkill("vpn", 4)), List.of("de", "DE"));

        assertThat(ProfileRules.violations(proposed)).containsExactly(
                new Violation("teamIds[2]", "is listed twice"),
                new Violation("skills[1].skill", "is listed twice"),
                new Violation("languages[1]", "is listed twice"));
        assertThatThrownBy(() -> ProfileRules.profile(proposed)).isInstanceOf(RosterViolation.class)
                .hasMessageContaining("skills[1].skill is listed twice");
    }

    @Test
    void language_tags_must_be_well_formed_bcp_47_with_an_iso_639_language() {
        List<String> refused = List.of("english", "en_US", "x-klingon", "i-klingon", "", "de-", "123");

        List<Violation> violations = ProfileRules.violations(proposal(List.of(), List.of(), refused));

        assertThat(violations).extracting(Violation::field)
                .containsExactly("languages[0]", "languages[1]", "languages[2]", "languages[3]", "languages[4]",
                        "languages[5]", "languages[6]");
        assertThat(ProfileRules.canonicalLanguage("de-CH")).contains("de-CH");
        assertThat(ProfileRules.canonicalLanguage("sr-latn-rs")).contains("sr-Latn-RS");
        assertThat(ProfileRules.canonicalLanguage("yue")).contains("yue");
    }

    @Test
    void a_profile_keeps_personal_data_out_of_its_string() {
        AgentProfile profile = ProfileRules.profile(proposal(List.of("a"), List.of(), List.of("en")));

        assertThat(profile.toString()).doesNotContain("Carol", "carol@example.com").contains("capacity=5");
    }
}
