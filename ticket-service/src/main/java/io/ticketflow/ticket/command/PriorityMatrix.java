package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Priority;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Impact × urgency → priority, the ITIL way of prioritising incidents. Complete or refused: every impact
 * has a priority for every urgency, so no combination a requester can send falls through.
 *
 * @param cells impact → (urgency → priority)
 */
public record PriorityMatrix(Map<Level, Map<Level, Priority>> cells) {

    public enum Level { HIGH, MEDIUM, LOW }

    public PriorityMatrix {
        Objects.requireNonNull(cells, "cells");
        Map<Level, Map<Level, Priority>> copy = new EnumMap<>(Level.class);
        for (Level impact : Level.values()) {
            Map<Level, Priority> row = cells.get(impact);
            if (row == null) {
                throw new IllegalArgumentException("priority-matrix is incomplete: no row for impact " + impact);
            }
            for (Level urgency : Level.values()) {
                if (row.get(urgency) == null) {
                    throw new IllegalArgumentException("priority-matrix is incomplete: no priority for impact "
                            + impact + " and urgency " + urgency);
                }
            }
            copy.put(impact, Map.copyOf(row));
        }
        cells = Map.copyOf(copy);
    }

    public Priority priorityFor(Level impact, Level urgency) {
        return cells.get(impact).get(urgency);
    }
}
