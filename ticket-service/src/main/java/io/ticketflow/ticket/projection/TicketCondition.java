package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One condition of a ticket search over {@code ticket_view}. Each renders a fixed SQL fragment with {@code ?}
 * placeholders plus the values to bind to them, in order: what a client sends is only ever bound, never part
 * of the SQL text. Conditions are combined with AND by {@link TicketSearchSql}.
 */
public sealed interface TicketCondition {

    String sql();

    List<Object> parameters();

    /**
     * The column holds one of {@code values}, or, with {@code orAbsent}, nothing at all (an unassigned ticket,
     * a ticket no team holds). With no values and {@code orAbsent}, only the absent match.
     */
    record AnyOf(Field field, List<String> values, boolean orAbsent) implements TicketCondition {

        public AnyOf {
            values = List.copyOf(values);
            if (values.isEmpty() && !orAbsent) {
                throw new IllegalArgumentException("a condition on " + field + " needs a value");
            }
        }

        public static AnyOf of(Field field, String... values) {
            return new AnyOf(field, List.of(values), false);
        }

        @Override
        public String sql() {
            String absent = field.column + " IS NULL";
            if (values.isEmpty()) {
                return absent;
            }
            // lower() on both sides in PostgreSQL, so the index on lower(column) serves it whatever the locale
            String match = field.ignoreCase
                    ? "lower(" + field.column + ") = ANY(ARRAY(SELECT lower(v) FROM unnest(?::text[]) v))"
                    : field.column + " = ANY(?::text[])";
            return orAbsent ? "(" + match + " OR " + absent + ")" : match;
        }

        @Override
        public List<Object> parameters() {
            return values.isEmpty() ? List.of() : List.of((Object) values.toArray(String[]::new));
        }

        /** Values may be email addresses: only how many. */
        @Override
        public String toString() {
            return "AnyOf[" + field + ", " + values.size() + " values" + (orAbsent ? " or none" : "") + "]";
        }

        /** The columns a search may match on; every one is a constant, never a client's text. */
        public enum Field {
            STATUS("status", false),
            PRIORITY("priority", false),
            TYPE("type", false),
            CHANNEL("channel", false),
            ASSIGNEE("assignee_id", false),
            TEAM("team_id", false),
            REQUESTER_EMAIL("requester_email", true),
            ORGANISATION("requester_organisation", true);

            private final String column;
            private final boolean ignoreCase;

            Field(String column, boolean ignoreCase) {
                this.column = column;
                this.ignoreCase = ignoreCase;
            }
        }
    }

    /**
     * A requester's own tickets: opened by them, or opened by staff or a system with their email as the requester's.
     * {@code opened_by} holds {@code <KIND>:<id>} (V2), so a ticket a customer opened is only ever that customer's.
     */
    record RequestedBy(Actor requester, String email) implements TicketCondition {

        public RequestedBy {
            if (requester == null || requester.kind() != ActorKind.CUSTOMER) {
                throw new IllegalArgumentException("a requester is a customer");
            }
        }

        @Override
        public String sql() {
            return email == null ? "opened_by = ?"
                    : "(opened_by = ? OR (opened_by NOT LIKE 'CUSTOMER:%' AND lower(requester_email) = lower(?)))";
        }

        @Override
        public List<Object> parameters() {
            String openedBy = ActorKind.CUSTOMER.name() + ":" + requester.id();
            return email == null ? List.of(openedBy) : List.of(openedBy, email);
        }

        /** The email is personal data: only whether there is one. */
        @Override
        public String toString() {
            return "RequestedBy[" + requester.id() + (email == null ? "" : ", by email too") + "]";
        }
    }

    /** The ticket carries every one of the tags (and maybe others). */
    record AllTags(List<String> tags) implements TicketCondition {

        public AllTags {
            tags = List.copyOf(tags);
            if (tags.isEmpty()) {
                throw new IllegalArgumentException("a tag condition needs a tag");
            }
        }

        @Override
        public String sql() {
            return "tags @> ?::text[]";
        }

        @Override
        public List<Object> parameters() {
            return List.of((Object) tags.toArray(String[]::new));
        }
    }

    /**
     * Opened in the half-open interval [{@code from}, {@code until}); either end may be open. Half-open so
     * that consecutive windows (one day, the next) neither overlap nor miss a ticket.
     */
    record OpenedBetween(Instant from, Instant until) implements TicketCondition {

        public OpenedBetween {
            if (from == null && until == null) {
                throw new IllegalArgumentException("an opening window needs at least one end");
            }
        }

        @Override
        public String sql() {
            if (from == null) {
                return "opened_at < ?";
            }
            return until == null ? "opened_at >= ?" : "opened_at >= ? AND opened_at < ?";
        }

        @Override
        public List<Object> parameters() {
            List<Object> bounds = new ArrayList<>(2);
            if (from != null) {
                bounds.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            }
            if (until != null) {
                bounds.add(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            }
            return bounds;
        }
    }

    /**
     * Free text over subject and description: every whitespace-separated word must occur, each as the start of
     * a word ({@code print} finds "printer"), case-insensitively. The {@code search_vector} column of V6 holds
     * the words; the same 'simple' configuration splits the query, so "v2.3" or "e-mail" match as written.
     * When the whole text looks like the start of a ticket id (at least its first 8 hex digits, as a support
     * agent quotes it), tickets whose id starts so match as well, through the primary key.
     */
    record Text(String text) implements TicketCondition {

        /** Must be the configuration V6's generated column uses, or the words would be split differently. */
        static final String CONFIGURATION = "simple";
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private static final String ID_LAYOUT = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
        private static final String LOWEST_ID = "00000000-0000-0000-0000-000000000000";
        private static final String HIGHEST_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

        public Text {
            text = text.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a text condition needs text");
            }
        }

        /** Free text may name people: only its length. */
        @Override
        public String toString() {
            return "Text[" + text.length() + " characters]";
        }

        @Override
        public String sql() {
            String words = "search_vector @@ to_tsquery('" + CONFIGURATION + "', ?)";
            return idRange().isPresent() ? "(" + words + " OR ticket_id BETWEEN ? AND ?)" : words;
        }

        @Override
        public List<Object> parameters() {
            List<Object> values = new ArrayList<>(3);
            values.add(prefixQuery());
            idRange().ifPresent(range -> values.addAll(range));
            return values;
        }

        /**
         * Each word quoted as a tsquery lexeme (quote and backslash doubled, so nothing a client types can
         * become an operator) and marked as a prefix. A word without letters or digits yields no lexeme and
         * PostgreSQL drops it; a text of only such words matches nothing.
         */
        String prefixQuery() {
            return WHITESPACE.splitAsStream(text)
                    .map(word -> "'" + word.replace("\\", "\\\\").replace("'", "''") + "':*")
                    .collect(Collectors.joining(" & "));
        }

        /** The lowest and highest id starting with the text, when the text is the start of an id. */
        Optional<List<UUID>> idRange() {
            String start = text.toLowerCase(Locale.ROOT);
            if (!isIdStart(start)) {
                return Optional.empty();
            }
            return Optional.of(List.of(UUID.fromString(start + LOWEST_ID.substring(start.length())),
                    UUID.fromString(start + HIGHEST_ID.substring(start.length()))));
        }

        /** At least the first group of a canonical id, dashes where the canonical form has them. */
        private static boolean isIdStart(String text) {
            if (text.length() < 8 || text.length() > ID_LAYOUT.length()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean fits = ID_LAYOUT.charAt(i) == '-' ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                if (!fits) {
                    return false;
                }
            }
            return true;
        }
    }
}
