package io.ticketflow.routing.rules;

import io.ticketflow.routing.engine.RuleMatch;
import io.ticketflow.routing.engine.SkillRequirement;
import io.ticketflow.routing.rules.RuleDraft.MatchDraft;
import io.ticketflow.routing.rules.RuleDraft.SkillDraft;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class RuleValidationTest {

    private static final MatchDraft NO_MATCH = null;

    private static RuleDraft draft(String name, String teamId) {
        return new RuleDraft(null, null, name, null, NO_MATCH, teamId, null);
    }

    private static RuleDraft withMatch(MatchDraft match) {
        return new RuleDraft(null, null, "r", null, match, "network", null);
    }

    private static RuleDraft withSkills(SkillDraft... skills) {
        return new RuleDraft(null, null, "r", null, NO_MATCH, "network", Arrays.asList(skills));
    }

    private static MatchDraft match(List<String> types, List<String> priorities, List<String> channels) {
        return new MatchDraft(types, null, null, priorities, channels, null, null);
    }

    private static AbstractListAssert<?, List<? extends RuleViolation>, RuleViolation, ObjectAssert<RuleViolation>>
            violationsOf(List<RuleDraft> drafts, KnownTeams teams) {
        InvalidRules refused = catchThrowableOfType(InvalidRules.class, () -> RuleValidation.ruleSet(drafts, teams));
        assertThat(refused).as("refused").isNotNull();
        return assertThat(refused.violations());
    }

    private static AbstractListAssert<?, List<? extends RuleViolation>, RuleViolation, ObjectAssert<RuleViolation>>
            violationsOf(RuleDraft... drafts) {
        return violationsOf(Arrays.asList(drafts), null);
    }

    @Test
    void a_valid_set_becomes_rules_numbered_in_its_order_with_defaults_filled_in() {
        UUID kept = UUID.randomUUID();
        List<RoutingRule> rules = RuleValidation.ruleSet(List.of(
                new RuleDraft(kept, 1, "  VPN incidents ", false,
                        new MatchDraft(List.of("INCIDENT"), List.of(" VPN "), List.of("vpn"), List.of("HIGH", "URGENT"),
                                List.of("WEB"), List.of("de", "pt-BR"), List.of("Acme")),
                        "network", List.of(new SkillDraft("vpn", 3))),
                draft("everything else", "first-line")), null);

        assertThat(rules).hasSize(2);
        RoutingRule vpn = rules.get(0);
        assertThat(vpn.ruleId()).isEqualTo(kept);
        assertThat(vpn.position()).isEqualTo(1);
        assertThat(vpn.name()).isEqualTo("VPN incidents");
        assertThat(vpn.enabled()).isFalse();
        assertThat(vpn.match()).isEqualTo(new RuleMatch(Set.of("INCIDENT"), Set.of("VPN"), Set.of("vpn"),
                Set.of("HIGH", "URGENT"), Set.of("WEB"), Set.of("de", "pt-BR"), Set.of("Acme")));
        assertThat(vpn.skills()).containsExactly(new SkillRequirement("vpn", 3));
        RoutingRule rest = rules.get(1);
        assertThat(rest.ruleId()).isNotNull().isNotEqualTo(kept);
        assertThat(rest.position()).isEqualTo(2);
        assertThat(rest.enabled()).isTrue();
        assertThat(rest.match()).isEqualTo(RuleMatch.ANY);
        assertThat(rest.skills()).isEmpty();
    }

    @Test
    void unknown_types_priorities_and_channels_are_named_by_their_path() {
        violationsOf(draft("a", "network"), withMatch(match(List.of("INCIDENT", "HAUNTING"), null, null)),
                withMatch(match(null, List.of("SOON"), List.of("web"))))
                .extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                        tuple("rules[1].match.types[1]",
                                "must be one of INCIDENT, SERVICE_REQUEST, BUG_REPORT, INQUIRY, COMPLAINT"),
                        tuple("rules[2].name", "is also the name of rules[1]"),
                        tuple("rules[2].match.priorities[0]", "must be one of LOW, NORMAL, HIGH, URGENT"),
                        tuple("rules[2].match.channels[0]", "must be one of WEB, EMAIL, CHAT, PHONE, API"));
    }

    @Test
    void tags_languages_categories_and_organisations_must_have_their_form() {
        violationsOf(withMatch(new MatchDraft(null, List.of(" "), List.of("VPN", "ok"), null, null,
                        List.of("x", "de_CH", "de"), Collections.singletonList(null))))
                .extracting(RuleViolation::field).containsExactly(
                        "rules[0].match.categories[0]", "rules[0].match.tags[0]", "rules[0].match.languages[0]",
                        "rules[0].match.languages[1]", "rules[0].match.organisations[0]");
    }

    @Test
    void names_are_required_short_single_line_and_unique_ignoring_case() {
        violationsOf(draft(null, "network"), draft("  ", "network"), draft("x".repeat(101), "network"),
                draft("two\nlines", "network"), draft("Billing", "billing"), draft("billing ", "billing"))
                .extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                        tuple("rules[0].name", "is required"),
                        tuple("rules[1].name", "is required"),
                        tuple("rules[2].name", "must be at most 100 characters"),
                        tuple("rules[3].name", "must not contain line breaks or other control characters"),
                        tuple("rules[5].name", "is also the name of rules[4]"));
    }

    @Test
    void skill_levels_run_from_1_to_5_and_a_skill_is_named_once() {
        violationsOf(withSkills(new SkillDraft("vpn", 0), new SkillDraft("linux", 6), new SkillDraft("db", null),
                new SkillDraft("vpn", 3), new SkillDraft("Windows", 2), new SkillDraft(null, 1), null))
                .extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                        tuple("rules[0].skills[0].minLevel", "must be from 1 to 5"),
                        tuple("rules[0].skills[1].minLevel", "must be from 1 to 5"),
                        tuple("rules[0].skills[2].minLevel", "must be from 1 to 5"),
                        tuple("rules[0].skills[3].skill", "is required twice in this rule"),
                        tuple("rules[0].skills[4].skill", "must be lower-case letters, digits and _.:- (at most 50 characters)"),
                        tuple("rules[0].skills[5].skill", "is required"),
                        tuple("rules[0].skills[6]", "must be a skill, not null"));
        assertThat(RuleValidation.ruleSet(List.of(withSkills(new SkillDraft("vpn", 1), new SkillDraft("db", 5))), null)
                .get(0).skills()).extracting(SkillRequirement::minLevel).containsExactly(1, 5);
    }

    @Test
    void a_team_id_is_required_in_its_form() {
        violationsOf(draft("a", null), draft("b", "Network"), draft("c", "net work"), draft("d", "n".repeat(65)),
                draft("e", "-network"))
                .extracting(RuleViolation::field).containsExactly("rules[0].teamId", "rules[1].teamId",
                        "rules[2].teamId", "rules[3].teamId", "rules[4].teamId");
    }

    @Test
    void the_roster_is_asked_once_per_team_when_it_can_answer() {
        List<String> asked = new ArrayList<>();
        KnownTeams roster = teamId -> {
            asked.add(teamId);
            return teamId.equals("network");
        };

        violationsOf(List.of(draft("a", "network"), draft("b", "ghosts"), draft("c", "ghosts")), roster)
                .extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                        tuple("rules[1].teamId", "is not a team of the roster"),
                        tuple("rules[2].teamId", "is not a team of the roster"));
        assertThat(asked).containsExactly("network", "ghosts");
    }

    @Test
    void without_the_roster_any_well_formed_team_id_is_accepted() {
        assertThat(RuleValidation.ruleSet(List.of(draft("a", "ghosts")), null)).singleElement()
                .extracting(RoutingRule::teamId).isEqualTo("ghosts");
    }

    @Test
    void the_set_names_positions_by_order_and_each_rule_id_once() {
        UUID id = UUID.randomUUID();
        violationsOf(new RuleDraft(id, 1, "a", null, null, "network", null),
                new RuleDraft(id, 3, "b", null, null, "network", null), null)
                .extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                        tuple("rules[1].position", "must be 2, the rule's place in the list, or be left out"),
                        tuple("rules[1].ruleId", "is also the id of rules[0]"),
                        tuple("rules[2]", "must be a rule, not null"));
    }

    @Test
    void the_set_is_required_and_bounded() {
        violationsOf(null, null).extracting(RuleViolation::field).containsExactly("rules");
        List<RuleDraft> tooMany = new ArrayList<>();
        for (int i = 0; i <= RuleValidation.MAX_RULES; i++) {
            tooMany.add(draft("rule " + i, "network"));
        }
        violationsOf(tooMany, null).extracting(RuleViolation::reason).containsExactly("must hold at most 500 rules");
        violationsOf(withMatch(match(Collections.nCopies(101, "INCIDENT"), null, null)))
                .extracting(RuleViolation::field, RuleViolation::reason)
                .containsExactly(tuple("rules[0].match.types", "must hold at most 100 values"));
    }

    @Test
    void a_single_rule_is_checked_against_the_rest_of_the_set() {
        RoutingRule other = RuleValidation.ruleSet(List.of(draft("VPN", "network")), null).get(0);
        UUID id = UUID.randomUUID();

        InvalidRules refused = catchThrowableOfType(InvalidRules.class, () -> RuleValidation.rule(
                new RuleDraft(UUID.randomUUID(), 3, "vpn", null, null, "network", null), id, true, 1, 2, List.of(other), null));
        assertThat(refused.violations()).extracting(RuleViolation::field, RuleViolation::reason).containsExactly(
                tuple("ruleId", "must be the id in the path, or be left out"),
                tuple("position", "must be from 1 to 2"),
                tuple("name", "is the name of another rule"));

        InvalidRules addedWithId = catchThrowableOfType(InvalidRules.class, () -> RuleValidation.rule(
                new RuleDraft(id, null, "new", null, null, "network", null), id, false, 2, 2, List.of(other), null));
        assertThat(addedWithId.violations()).extracting(RuleViolation::field).containsExactly("ruleId");

        RoutingRule added = RuleValidation.rule(draft("new", "network"), id, false, 2, 2, List.of(other), null);
        assertThat(added.position()).isEqualTo(2);
        assertThat(added.ruleId()).isEqualTo(id);
    }

    @Test
    void a_single_rule_names_its_fields_without_a_prefix_and_asks_the_roster() {
        InvalidRules refused = catchThrowableOfType(InvalidRules.class, () -> RuleValidation.rule(
                new RuleDraft(null, null, "r", null, match(null, List.of("SOON"), null), "ghosts",
                        List.of(new SkillDraft("vpn", 9))),
                UUID.randomUUID(), false, 1, 1, List.of(), teamId -> false));
        assertThat(refused.violations()).extracting(RuleViolation::field)
                .containsExactly("teamId", "match.priorities[0]", "skills[0].minLevel");
    }
}
