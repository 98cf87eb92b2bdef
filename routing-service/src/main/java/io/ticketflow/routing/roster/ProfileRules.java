package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentSkill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of an agent's profile that need the whole of it: no entry twice, languages as well-formed BCP 47
 * tags. Single-field rules (patterns, ranges) are the request's Bean Validation, with the patterns below;
 * references to teams are checked by {@link RosterService} against the stored roster.
 */
public final class ProfileRules {

    /** Agent and team ids: lower case, as they appear in URLs and on Kafka keys. */
    public static final String ID_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";
    /** Skills use the vocabulary of ticket tags, which they are matched against. */
    public static final String SKILL_PATTERN = "^[a-z0-9][a-z0-9_.:-]{0,49}$";

    private ProfileRules() {
    }

    /** Everything wrong with the proposal, each naming its field; empty when it may be stored. */
    public static List<Violation> violations(ProposedProfile proposed) {
        List<Violation> violations = new ArrayList<>();
        duplicates("teamIds", "", proposed.teamIds(), id -> id, violations);
        duplicates("skills", ".skill", proposed.skills(), AgentSkill::skill, violations);
        for (int i = 0; i < proposed.languages().size(); i++) {
            if (canonicalLanguage(proposed.languages().get(i)).isEmpty()) {
                violations.add(new Violation("languages[" + i + "]",
                        "is not a well-formed BCP 47 language tag such as de or pt-BR"));
            }
        }
        duplicates("languages", "", proposed.languages(), tag -> canonicalLanguage(tag).orElse(tag), violations);
        return violations;
    }

    /**
     * The profile in canonical form: sets instead of lists, canonical language tags ({@code PT-br} becomes
     * {@code pt-BR}).
     *
     * @throws RosterViolation naming every field that breaks a rule
     */
    public static AgentProfile profile(ProposedProfile proposed) {
        List<Violation> violations = violations(proposed);
        if (!violations.isEmpty()) {
            throw new RosterViolation(violations);
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        proposed.skills().forEach(skill -> skills.put(skill.skill(), skill.level()));
        return AgentProfile.of(proposed.displayName(), proposed.email(), proposed.teamIds(), skills,
                proposed.languages().stream().map(tag -> canonicalLanguage(tag).orElseThrow()).toList(),
                proposed.capacity());
    }

    /**
     * The tag as {@link Locale} writes it, when reading and writing it gives the tag back (ignoring case, as
     * BCP 47 does) and its language is an ISO 639 code of two or three letters; private-use and grandfathered
     * tags, underscores ({@code en_US}) and names ({@code english}) are refused.
     */
    static Optional<String> canonicalLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag);
        String canonical = locale.toLanguageTag();
        int languageLength = locale.getLanguage().length();
        return canonical.equalsIgnoreCase(tag) && languageLength >= 2 && languageLength <= 3
                ? Optional.of(canonical) : Optional.empty();
    }

    /** @param suffix where in an entry its identity is, e.g. {@code .skill} */
    private static <T> void duplicates(String field, String suffix, List<T> entries, Function<T, String> identity,
            List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i) == null ? null : identity.apply(entries.get(i));
            if (id != null && !seen.add(id)) {
                violations.add(new Violation(field + "[" + i + "]" + suffix, "is listed twice"));
            }
        }
    }
}
