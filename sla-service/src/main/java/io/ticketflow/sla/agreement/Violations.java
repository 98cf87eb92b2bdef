package io.ticketflow.sla.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with a definition, each with the path of its field, so that one answer lists every
 * mistake and a client can fix them all at once; and the checks calendars and policies share.
 */
final class Violations {

    static final int MAX_NAME_LENGTH = 200;
    /** Ids appear in URLs, ETags, log lines and clocks' records: a slug such as {@code emea-office}. */
    private static final Pattern SLUG = Pattern.compile("^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$");
    private static final String SLUG_RULE =
            "must be a slug: 1 to 64 lower-case letters and digits in words joined by single hyphens, such as emea-office";
    // routing-service's team ids (ProfileRules.ID_PATTERN there): policies and team calendars name its teams
    private static final Pattern TEAM_ID = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String reason) {
        found.add(new Violation(field, reason));
    }

    boolean any() {
        return !found.isEmpty();
    }

    void refuseIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidDefinition(found);
        }
    }

    static InvalidDefinition refusal(String field, String reason) {
        return new InvalidDefinition(List.of(new Violation(field, reason)));
    }

    static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    void slug(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (!isSlug(value)) {
            add(field, SLUG_RULE);
        }
    }

    void teamId(String field, String value) {
        if (value == null || !TEAM_ID.matcher(value).matches()) {
            add(field, "is not a team id of routing-service: 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    /** A calendar id that names a stored calendar. */
    void calendarId(String field, String value, Predicate<String> knownCalendar) {
        if (!isSlug(value)) {
            add(field, "is not a calendar id (a slug such as emea-office)");
        } else if (!knownCalendar.test(value)) {
            add(field, "is not a known calendar; create it first under /api/sla/calendars");
        }
    }

    /** A name for people: required, one line (it appears in lists and log lines), at most 200 characters. */
    String name(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return text(field, value);
    }

    /** Optional text of one line; null when absent or refused. */
    String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            add(field, "must be at most " + MAX_NAME_LENGTH + " characters");
            return null;
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            add(field, "must not contain line breaks or other control characters");
            return null;
        }
        return stripped;
    }

    /** The constant of {@code type} named exactly {@code value}; null (and a violation) otherwise. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        add(field, (value == null ? "is required: " : "must be ") + names(type));
        return null;
    }

    static String names(Class<? extends Enum<?>> type) {
        String[] names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
        return names.length == 1 ? names[0] : Arrays.stream(names, 0, names.length - 1)
                .collect(Collectors.joining(", ")) + " or " + names[names.length - 1];
    }
}
