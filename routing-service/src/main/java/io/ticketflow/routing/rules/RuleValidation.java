package io.ticketflow.routing.rules;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.routing.engine.RuleMatch;
import io.ticketflow.routing.engine.SkillRequirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges proposed rules and turns them into {@link RoutingRule}s, collecting every violation with the path of
 * its field ({@code rules[2].match.priorities[0]}) before refusing, so a client can fix them all at once.
 * Ticket types, priorities and channels are the contract's enum names; tags and skills have the ticket's tag
 * form, since a rule that can never match is a mistake better caught now.
 */
public final class RuleValidation {

    public static final int MAX_RULES = 500;
    public static final int MAX_VALUES = 100;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 200;
    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    public static final Pattern TEAM_ID = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
    // the ticket-service's tag form: a rule tag or skill of another form could never match
    private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9_.:-]{0,49}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");

    private static final Set<String> TYPES = names(TicketType.values());
    private static final Set<String> PRIORITIES = names(Priority.values());
    private static final Set<String> CHANNELS = names(Channel.values());

    private final KnownTeams knownTeams;
    // a set of hundreds of rules names a handful of teams: ask the roster once per team
    private final Map<String, Boolean> teamsAsked = new HashMap<>();
    private final List<RuleViolation> violations = new ArrayList<>();

    /** @param knownTeams the roster's teams; null skips the existence check (see {@link KnownTeams}) */
    private RuleValidation(KnownTeams knownTeams) {
        this.knownTeams = knownTeams;
    }

    /**
     * A whole rule set: positions follow the order of {@code drafts}; a draft's {@code ruleId} is kept (a new
     * one is made when absent), so rules read, edited and written back keep their identity.
     */
    public static List<RoutingRule> ruleSet(List<RuleDraft> drafts, KnownTeams knownTeams) {
        if (drafts == null) {
            throw refusal("rules", "is required (an empty list removes every rule)");
        }
        if (drafts.size() > MAX_RULES) {
            throw refusal("rules", "must hold at most " + MAX_RULES + " rules");
        }
        RuleValidation validation = new RuleValidation(knownTeams);
        List<RoutingRule> rules = new ArrayList<>(drafts.size());
        Map<String, Integer> names = new HashMap<>();
        Map<UUID, Integer> ids = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String path = "rules[" + i + "]";
            RuleDraft draft = drafts.get(i);
            if (draft == null) {
                validation.violation(path, "must be a rule, not null");
                continue;
            }
            if (draft.position() != null && draft.position() != i + 1) {
                validation.violation(path + ".position", "must be " + (i + 1)
                        + ", the rule's place in the list, or be left out");
            }
            UUID ruleId = draft.ruleId() == null ? UUID.randomUUID() : draft.ruleId();
            Integer sameId = ids.putIfAbsent(ruleId, i);
            if (sameId != null) {
                validation.violation(path + ".ruleId", "is also the id of rules[" + sameId + "]");
            }
            String name = draft.name() == null ? null : draft.name().strip().toLowerCase(Locale.ROOT);
            Integer sameName = name == null || name.isEmpty() ? null : names.putIfAbsent(name, i);
            if (sameName != null) {
                validation.violation(path + ".name", "is also the name of rules[" + sameName + "]");
            }
            rules.add(validation.rule(path + ".", draft, ruleId, i + 1));
        }
        validation.refuseIfAny();
        return rules;
    }

    /**
     * One rule to add or replace; {@code others} are the rest of the set, whose names it must not repeat.
     *
     * @param ruleId       the rule's id: the one in the path of a replacement, a new one for an addition
     * @param idInBody     whether the body may name the id (then it must be {@code ruleId}): true for a
     *                     replacement, false for an addition, whose id the service gives
     * @param keptPosition where the rule goes when the draft names no position
     * @param lastPosition the highest position the rule may take
     */
    public static RoutingRule rule(RuleDraft draft, UUID ruleId, boolean idInBody, int keptPosition,
            int lastPosition, List<RoutingRule> others, KnownTeams knownTeams) {
        if (draft == null) {
            throw refusal("body", "must be a rule");
        }
        RuleValidation validation = new RuleValidation(knownTeams);
        if (draft.ruleId() != null && !idInBody) {
            validation.violation("ruleId", "is given by the service; leave it out");
        } else if (draft.ruleId() != null && !draft.ruleId().equals(ruleId)) {
            validation.violation("ruleId", "must be the id in the path, or be left out");
        }
        if (draft.position() != null && (draft.position() < 1 || draft.position() > lastPosition)) {
            validation.violation("position", "must be from 1 to " + lastPosition);
        }
        if (draft.name() != null && others.stream().anyMatch(other -> other.name().equalsIgnoreCase(draft.name().strip()))) {
            validation.violation("name", "is the name of another rule");
        }
        RoutingRule rule = validation.rule("", draft, ruleId, draft.position() == null ? keptPosition : draft.position());
        validation.refuseIfAny();
        return rule;
    }

    private RoutingRule rule(String path, RuleDraft draft, UUID ruleId, int position) {
        String name = name(path + "name", draft.name());
        String teamId = teamId(path + "teamId", draft.teamId());
        RuleMatch match = match(path + "match.", draft.match());
        List<SkillRequirement> skills = skills(path + "skills", draft.skills());
        return new RoutingRule(ruleId, position, name, draft.enabled() == null || draft.enabled(), match, teamId, skills);
    }

    private String name(String field, String name) {
        if (name == null || name.isBlank()) {
            violation(field, "is required");
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            violation(field, "must be at most " + MAX_NAME_LENGTH + " characters");
        } else if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            // names appear in one-line explanations and log lines
            violation(field, "must not contain line breaks or other control characters");
        }
        return stripped;
    }

    private String teamId(String field, String teamId) {
        if (teamId == null || teamId.isBlank()) {
            violation(field, "is required");
            return null;
        }
        if (!TEAM_ID.matcher(teamId).matches()) {
            violation(field, "must be 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        } else if (knownTeams != null && !teamsAsked.computeIfAbsent(teamId, knownTeams::exists)) {
            violation(field, "is not a team of the roster");
        }
        return teamId;
    }

    private RuleMatch match(String path, RuleDraft.MatchDraft match) {
        if (match == null) {
            return RuleMatch.ANY;
        }
        return new RuleMatch(
                values(path + "types", match.types(), TYPES::contains, "must be one of " + String.join(", ", TYPES)),
                values(path + "categories", match.categories(), text(), "must be 1 to " + MAX_TEXT_LENGTH + " characters"),
                values(path + "tags", match.tags(), TAG.asMatchPredicate(),
                        "must be a tag: lower-case letters, digits and _.:- (at most 50 characters)"),
                values(path + "priorities", match.priorities(), PRIORITIES::contains,
                        "must be one of " + String.join(", ", PRIORITIES)),
                values(path + "channels", match.channels(), CHANNELS::contains,
                        "must be one of " + String.join(", ", CHANNELS)),
                values(path + "languages", match.languages(), LANGUAGE.asMatchPredicate(),
                        "must be a BCP 47 language tag such as de or pt-BR"),
                values(path + "organisations", match.organisations(), text(),
                        "must be 1 to " + MAX_TEXT_LENGTH + " characters"));
    }

    private Set<String> values(String field, List<String> values, Predicate<String> valid, String reason) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > MAX_VALUES) {
            violation(field, "must hold at most " + MAX_VALUES + " values");
            return Set.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || !valid.test(value)) {
                violation(field + "[" + i + "]", reason);
            } else {
                kept.add(value.strip());
            }
        }
        return kept;
    }

    private static Predicate<String> text() {
        return value -> !value.isBlank() && value.strip().length() <= MAX_TEXT_LENGTH
                && value.codePoints().noneMatch(Character::isISOControl);
    }

    private List<SkillRequirement> skills(String field, List<RuleDraft.SkillDraft> skills) {
        if (skills == null) {
            return List.of();
        }
        if (skills.size() > MAX_SKILLS) {
            violation(field, "must hold at most " + MAX_SKILLS + " skills");
            return List.of();
        }
        List<SkillRequirement> kept = new ArrayList<>(skills.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            String path = field + "[" + i + "]";
            RuleDraft.SkillDraft skill = skills.get(i);
            if (skill == null) {
                violation(path, "must be a skill, not null");
                continue;
            }
            boolean valid = true;
            if (skill.skill() == null || !TAG.matcher(skill.skill()).matches()) {
                violation(path + ".skill", skill.skill() == null ? "is required"
                        : "must be lower-case letters, digits and _.:- (at most 50 characters)");
                valid = false;
            } else if (!seen.add(skill.skill())) {
                violation(path + ".skill", "is required twice in this rule");
                valid = false;
            }
            if (skill.minLevel() == null || skill.minLevel() < SkillRequirement.MIN_LEVEL
                    || skill.minLevel() > SkillRequirement.MAX_LEVEL) {
                violation(path + ".minLevel", "must be from " + SkillRequirement.MIN_LEVEL + " to "
                        + SkillRequirement.MAX_LEVEL);
                valid = false;
            }
            if (valid) {
                kept.add(new SkillRequirement(skill.skill(), skill.minLevel()));
            }
        }
        return kept;
    }

    private void violation(String field, String reason) {
        violations.add(new RuleViolation(field, reason));
    }

    private static InvalidRules refusal(String field, String reason) {
        return new InvalidRules(List.of(new RuleViolation(field, reason)));
    }

    private void refuseIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRules(violations);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
