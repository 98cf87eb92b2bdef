package io.ticketflow.testkit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Database names that are valid unquoted-style PostgreSQL identifiers and unique across JVMs. A random
 * suffix rather than a counter, because with configured infrastructure several builds share one server.
 */
final class DatabaseNames {

    /** PostgreSQL truncates identifiers at 63 bytes; the hint keeps room for the prefix and suffix. */
    private static final int MAX_HINT_LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseNames() {
    }

    static String unique(String hint) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return "tf_" + sanitize(hint) + "_" + HexFormat.of().formatHex(suffix);
    }

    private static String sanitize(String hint) {
        String cleaned = hint == null ? "" : hint
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (cleaned.length() > MAX_HINT_LENGTH) {
            cleaned = cleaned.substring(0, MAX_HINT_LENGTH).replaceAll("_+$", "");
        }
        return cleaned.isEmpty() ? "db" : cleaned;
    }
}
