package io.ticketflow.reporting.rebuild;

import java.util.Arrays;
import java.util.List;

/** Where a rebuild is. Only the two running states hold the one-at-a-time claim (see V1's partial unique index). */
public enum RebuildState {

    REPLAYING, SWAPPING, COMPLETED, FAILED, ABANDONED;

    public boolean running() {
        return this == REPLAYING || this == SWAPPING;
    }

    /**
     * Running states move forward or end; an ended rebuild never changes again, so a late write of an instance that
     * lost its claim (stopped, or abandoned by another instance) changes nothing.
     */
    public boolean canBecome(RebuildState next) {
        return switch (this) {
            case REPLAYING -> next == SWAPPING || next == FAILED || next == ABANDONED;
            case SWAPPING -> next == COMPLETED || next == FAILED || next == ABANDONED;
            case COMPLETED, FAILED, ABANDONED -> false;
        };
    }

    /** The states a rebuild may be in to become {@code next}, for the guard of the update that moves it. */
    static List<String> before(RebuildState next) {
        return Arrays.stream(values()).filter(state -> state.canBecome(next)).map(Enum::name).toList();
    }
}
