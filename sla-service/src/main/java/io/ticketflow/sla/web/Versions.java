package io.ticketflow.sla.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions over HTTP: every answer carries the version as its {@code ETag}, and every change must name the version
 * it is based on in {@code If-Match}, so that two people editing one policy cannot silently undo each other.
 */
final class Versions {

    static final String IF_MATCH = "If-Match";
    // a strong entity tag as sent in ETag, or the bare number people type
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:\"([1-9]\\d{0,8})\"|([1-9]\\d{0,8}))$");

    private Versions() {
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code If-Match} names; null for {@code *}, which asks only that the resource exists. Absent is
     * 428, so a client cannot change a definition without having read it.
     */
    static Integer expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        if (ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidHeader(IF_MATCH, "must be the ETag of the version the change is based on, such as \"3\"");
        }
        return Integer.valueOf(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** {@code 201} with {@code Location} (the request's URL and the id) and {@code ETag}. */
    static <T> ResponseEntity<T> created(String id, int version, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).eTag(etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(int version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** A change sent without {@code If-Match}. */
    static final class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super("is required: the ETag of the version this change is based on (If-Match: \"3\"); read it first");
        }
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
