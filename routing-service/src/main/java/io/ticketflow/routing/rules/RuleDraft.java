package io.ticketflow.routing.rules;

import java.util.List;
import java.util.UUID;

/**
 * A rule as proposed by a client: the same shape as a {@link RoutingRule}, read without judging, so that
 * {@link RuleValidation} can name every field that is wrong rather than the first the JSON reader trips on.
 *
 * @param ruleId   optional; a new rule gets one from the service
 * @param position optional; where a rule goes (1 = first)
 * @param enabled  optional; true when absent
 * @param match    optional; absent matches every ticket
 * @param skills   optional; absent requires none
 */
public record RuleDraft(UUID ruleId, Integer position, String name, Boolean enabled, MatchDraft match, String teamId,
        List<SkillDraft> skills) {

    /** Which tickets; each list optional, absent or empty meaning any. */
    public record MatchDraft(List<String> types, List<String> categories, List<String> tags, List<String> priorities,
            List<String> channels, List<String> languages, List<String> organisations) {
    }

    public record SkillDraft(String skill, Integer minLevel) {
    }
}
