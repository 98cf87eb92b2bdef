package io.ticketflow.reporting.report;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What tickets are filtered and grouped by: the query parameter that names it, and the column that holds it in
 * {@code ticket_fact}, the {@code tickets} view and {@code ticket_status_span} alike.
 */
public enum Dimension {

    TEAM("team", "team_id", null),
    TYPE("type", "type", TicketType.class),
    PRIORITY("priority", "priority", Priority.class),
    CHANNEL("channel", "channel", Channel.class),
    STATUS("status", "status", TicketStatus.class);

    private final String parameter;
    private final String column;
    private final Class<? extends Enum<?>> values;

    Dimension(String parameter, String column, Class<? extends Enum<?>> values) {
        this.parameter = parameter;
        this.column = column;
        this.values = values;
    }

    public String parameter() {
        return parameter;
    }

    String column() {
        return column;
    }

    /** The values it can take, from the event contract; empty when any text is a value (team ids). */
    public Optional<List<String>> accepted() {
        return Optional.ofNullable(values)
                .map(type -> Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static Optional<Dimension> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(parameter)).findFirst();
    }
}
