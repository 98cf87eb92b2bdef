package io.ticketflow.sla.agreement;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of a stored version's {@code definition} column: the draft records as the API shows them. A mapping of
 * its own rather than the web layer's, so that a change to how requests are read cannot change what is stored.
 */
final class DefinitionDocuments {

    // an instance of an older release reading a version written by a newer one skips the fields it does not know
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DefinitionDocuments() {
    }

    static String write(Object draft) {
        return MAPPER.writeValueAsString(draft);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
