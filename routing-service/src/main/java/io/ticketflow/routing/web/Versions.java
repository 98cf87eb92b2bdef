package io.ticketflow.routing.web;

import io.ticketflow.web.InvalidParameter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: responses carry the version as an {@code ETag}; a change may name the
 * version it was based on in {@code If-Match} or in the body's {@code version}, and is refused with 409 when
 * the stored one has moved on.
 */
final class Versions {

    static final String IF_MATCH = "If-Match";
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?([1-9][0-9]{0,17})\"?$");

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the change expects, or null for none ({@code If-Match: *} only asks that the resource exists,
     * which the 404 already covers).
     */
    static Long expected(String ifMatch, Long bodyVersion) {
        Long fromHeader = ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null : parse(ifMatch);
        if (fromHeader != null && bodyVersion != null && !fromHeader.equals(bodyVersion)) {
            throw new InvalidParameter("version", "is " + bodyVersion + " but If-Match says " + fromHeader);
        }
        return fromHeader != null ? fromHeader : bodyVersion;
    }

    private static Long parse(String ifMatch) {
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidParameter(IF_MATCH, "must be the ETag of a read, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
