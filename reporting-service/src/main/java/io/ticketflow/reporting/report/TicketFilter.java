package io.ticketflow.reporting.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which tickets a report counts: for each dimension given, the values a ticket may have (any of them). An empty
 * filter counts every ticket, including the SLA clocks and escalations of tickets whose own facts are not
 * projected yet; any dimension excludes those, since their dimensions are unknown.
 */
public record TicketFilter(Map<Dimension, List<String>> values) {

    public static final TicketFilter NONE = new TicketFilter(Map.of());

    public TicketFilter {
        EnumMap<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
        values.forEach((dimension, accepted) -> copy.put(dimension, List.copyOf(accepted)));
        values = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The same filter without {@code dimension}. */
    public TicketFilter without(Dimension dimension) {
        Map<Dimension, List<String>> rest = new EnumMap<>(Dimension.class);
        rest.putAll(values);
        rest.remove(dimension);
        return new TicketFilter(rest);
    }

    /** Appends {@code and <alias>.<column> = any(?)} per dimension, one array parameter each. */
    void appendTo(Sql sql, String alias) {
        values.forEach((dimension, accepted) -> sql.add(" and " + alias + "." + dimension.column() + " = any(?)",
                (Object) accepted.toArray(String[]::new)));
    }
}
