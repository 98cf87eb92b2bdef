package io.ticketflow.routing.web;

import io.ticketflow.web.InvalidParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What creating and changing an agent or a team have in common: id checks and answers with an {@code ETag}. */
final class Answers {

    private Answers() {
    }

    /** A creation names its id and no version: a new agent or team starts at version 1. */
    static void requireNew(String idField, String id, Long version) {
        if (id == null) {
            throw new InvalidParameter(idField, "is required");
        }
        if (version != null) {
            throw new InvalidParameter("version", "is for changes; a new one starts at version 1");
        }
    }

    /** A change may repeat the id of its path, never another one. */
    static void requireSame(String idField, String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw new InvalidParameter(idField, "differs from the id in the path; ids never change");
        }
    }

    /** {@code 201} with {@code Location} (the request's URL and the id) and {@code ETag}. */
    static <T> ResponseEntity<T> created(String id, long version, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(id).toUri())
                .eTag(Versions.etag(version))
                .body(body);
    }

    static <T> ResponseEntity<T> current(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
