package io.ticketflow.reporting.rebuild;

import java.util.UUID;

/**
 * The rebuild no longer holds its claim: another instance took it for abandoned, or it ended meanwhile. It stops at
 * once and leaves the shadow schema alone, which may already be a newer rebuild's.
 */
class RebuildLostException extends RuntimeException {

    RebuildLostException(UUID rebuildId) {
        super("rebuild " + rebuildId + " no longer holds its claim");
    }
}
