package io.ticketflow.web;

import tools.jackson.core.JacksonException;

import java.util.stream.Collectors;

/**
 * The field a request body's JSON failed on, written as a client names it ({@code targets[0].resolution}), so
 * every service's problem answer for unreadable JSON names the same field the same way.
 */
public final class JsonFieldPath {

    private JsonFieldPath() {
    }

    /** The path of the value Jackson could not read; null when the failure is not at a field (broken JSON). */
    public static String of(JacksonException ex) {
        String path = ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }
}
