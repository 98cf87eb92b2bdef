package io.ticketflow.sla.clock;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from what they name, so a replay produces the same ids and de-duplication downstream holds. */
final class StableId {

    private StableId() {
    }

    static UUID of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
