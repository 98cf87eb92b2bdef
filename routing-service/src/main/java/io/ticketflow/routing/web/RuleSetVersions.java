package io.ticketflow.routing.web;

import org.springframework.http.HttpHeaders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule set's version as an HTTP entity tag: {@code ETag: "7"} on reads and writes, and {@code If-Match}
 * on writes to make a change conditional on the version it was based on ({@code *} or absent: no condition).
 */
final class RuleSetVersions {

    // the quoted form as sent in ETag; a bare number too, since that is what people type
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:\"(\\d{1,18})\"|(\\d{1,18}))$");

    private RuleSetVersions() {
    }

    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} names, null when it names none; a malformed header is a 400 naming it. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidHeader(HttpHeaders.IF_MATCH, "must be the rule set's version as an entity tag, e.g. \"7\"");
        }
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** A request header that cannot be read. */
    static final class InvalidHeader extends RuntimeException {
        private final String header;

        InvalidHeader(String header, String reason) {
            super(reason);
            this.header = header;
        }

        String header() {
            return header;
        }
    }
}
