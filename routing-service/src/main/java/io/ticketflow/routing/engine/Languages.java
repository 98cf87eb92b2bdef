package io.ticketflow.routing.engine;

/** BCP 47 language tags compared the way RFC 4647's basic filtering does, ignoring case. */
final class Languages {

    private Languages() {
    }

    /** Whether {@code range} ({@code de}) covers {@code tag} ({@code de}, {@code de-CH}, but not {@code den}). */
    static boolean covers(String range, String tag) {
        return range.equalsIgnoreCase(tag)
                || tag.length() > range.length() && tag.charAt(range.length()) == '-'
                && tag.regionMatches(true, 0, range, 0, range.length());
    }

    /**
     * Whether someone who speaks {@code spoken} can answer in {@code wanted}: either tag covers the other, so a
     * {@code pt} speaker answers a {@code pt-BR} ticket and a {@code pt-BR} speaker a {@code pt} one.
     */
    static boolean speaks(String spoken, String wanted) {
        return covers(spoken, wanted) || covers(wanted, spoken);
    }
}
