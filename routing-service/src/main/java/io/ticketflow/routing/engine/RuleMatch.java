package io.ticketflow.routing.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which tickets a rule applies to. An empty set means any value; every non-empty set must match, so a rule
 * narrows with each attribute it names. Within a set, any one value will do; for {@code tags} the ticket
 * needs at least one of them. Types, priorities and channels are compared exactly (they are enum names);
 * categories, tags and organisations ignoring case, because people type them; languages as BCP 47 ranges
 * ({@code de} matches a ticket in {@code de-CH}). A ticket without a category, language or organisation does
 * not match a rule that names some.
 */
public record RuleMatch(Set<String> types, Set<String> categories, Set<String> tags, Set<String> priorities,
        Set<String> channels, Set<String> languages, Set<String> organisations) {

    /** Matches every ticket: the catch-all at the end of a rule set. */
    public static final RuleMatch ANY = new RuleMatch(null, null, null, null, null, null, null);

    public RuleMatch {
        types = copy(types);
        categories = copy(categories);
        tags = copy(tags);
        priorities = copy(priorities);
        channels = copy(channels);
        languages = copy(languages);
        organisations = copy(organisations);
    }

    public boolean matches(TicketFacts ticket) {
        return exactly(types, ticket.type())
                && ignoringCase(categories, ticket.category())
                && anyTag(ticket.tags())
                && exactly(priorities, ticket.priority())
                && exactly(channels, ticket.channel())
                && language(ticket.language())
                && ignoringCase(organisations, ticket.organisation());
    }

    private static boolean exactly(Set<String> wanted, String value) {
        return wanted.isEmpty() || value != null && wanted.contains(value);
    }

    private static boolean ignoringCase(Set<String> wanted, String value) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (value == null) {
            return false;
        }
        for (String candidate : wanted) {
            if (candidate.equalsIgnoreCase(value.strip())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyTag(Set<String> ticketTags) {
        if (tags.isEmpty()) {
            return true;
        }
        for (String tag : ticketTags) {
            if (ignoringCase(tags, tag)) {
                return true;
            }
        }
        return false;
    }

    private boolean language(String ticketLanguage) {
        if (languages.isEmpty()) {
            return true;
        }
        if (ticketLanguage == null) {
            return false;
        }
        for (String range : languages) {
            if (Languages.covers(range, ticketLanguage)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the order values were given in, so a rule reads back as it was written. */
    private static Set<String> copy(Set<String> values) {
        return values == null || values.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
