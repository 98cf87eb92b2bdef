package io.ticketflow.routing.projection;

import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.wire.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/** Every opened ticket awaits assignment until routing assigns it. */
@Component
public class TicketsAwaitingAssignment {

    private static final String INSERT = """
            insert into ticket_awaiting_assignment (ticket_id, type, priority, channel, opened_at)
            values (?, ?, ?, ?, ?)
            on conflict (ticket_id) do nothing""";

    private final JdbcTemplate jdbc;

    public TicketsAwaitingAssignment(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(List<Envelope<TicketOpened>> events) {
        jdbc.batchUpdate(INSERT, events.stream().map(Envelope::payload).map(opened -> new Object[] {
                opened.ticketId(),
                Objects.toString(opened.type(), null),
                Objects.toString(opened.priority(), null),
                Objects.toString(opened.channel(), null),
                Timestamp.from(opened.openedAt())}).toList());
    }
}
