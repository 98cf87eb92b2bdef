package io.ticketflow.ticket.projection;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketStatus;

import java.util.Arrays;
import java.util.List;

/** One ordering of a ticket search; the ticket id always breaks the ties that remain ({@link TicketSearchSql}). */
public record TicketSort(Field field, boolean descending) {

    public static TicketSort ascending(Field field) {
        return new TicketSort(field, false);
    }

    public static TicketSort descending(Field field) {
        return new TicketSort(field, true);
    }

    /**
     * What a list may be ordered by. Priority and status order by meaning, not by spelling: priority by
     * severity (LOW < NORMAL < HIGH < URGENT, so descending puts URGENT first), status by the lifecycle
     * (NEW < OPEN < PENDING < ON_HOLD < RESOLVED < CLOSED). Both orders are the contract enums' declaration
     * order, bound as an array, so a new constant sorts where it is declared.
     */
    public enum Field {
        OPENED_AT("opened_at", List.of()),
        UPDATED_AT("updated_at", List.of()),
        PRIORITY("array_position(?::text[], priority)", List.of(names(Priority.values()))),
        STATUS("array_position(?::text[], status)", List.of(names(TicketStatus.values())));

        private final String sql;
        private final List<Object> parameters;

        Field(String sql, List<Object> parameters) {
            this.sql = sql;
            this.parameters = parameters;
        }

        String sql() {
            return sql;
        }

        List<Object> parameters() {
            return parameters;
        }

        private static Object names(Enum<?>[] constants) {
            return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
        }
    }
}
